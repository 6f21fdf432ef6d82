import { normalizeDegrees } from './angles';

describe('normalizeDegrees', () => {
  it.each([
    [0, 0], [360, 0], [-10, 350], [725, 5],
  ])('%p degrees is %p', (input, expected) => {
    expect(normalizeDegrees(input)).toBe(expected);
  });
});
