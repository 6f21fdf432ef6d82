import { displayNameOf, exifPosition, parseExifTime } from './photo-facts';

describe('EXIF time', () => {
  it('reads the wall-clock time and its offset into one instant, whatever the process time zone', () => {
    expect(parseExifTime('2026:12:07 10:15:30', '+01:00')).toEqual({
      local: '2026-12-07T10:15:30', offset: '+01:00', at: new Date('2026-12-07T09:15:30Z'),
    });
    expect(parseExifTime('2026:12:07 01:00:00', '-03:30')?.at).toEqual(new Date('2026-12-07T04:30:00Z'));
  });

  it('keeps a time without offset as local only (no instant is invented)', () => {
    expect(parseExifTime('2026:12:07 10:15:30', undefined)).toEqual({ local: '2026-12-07T10:15:30', offset: null, at: null });
  });

  it('ignores what is not a time', () => {
    expect(parseExifTime('0000:00:00 00:00:00', '+01:00')).toBeNull();
    expect(parseExifTime(new Date(), '+01:00')).toBeNull();
    expect(parseExifTime('yesterday', null)).toBeNull();
  });
});

describe('EXIF position', () => {
  it('gives [longitude, latitude] and drops a "no fix" 0,0 or nonsense', () => {
    expect(exifPosition(34.0433, -5.0003)).toEqual([-5.0003, 34.0433]);
    expect(exifPosition(0, 0)).toBeNull();
    expect(exifPosition(91, 0)).toBeNull();
    expect(exifPosition(undefined, 3)).toBeNull();
  });
});

describe('display name', () => {
  it('keeps only the last segment of a path, without control or path characters', () => {
    expect(displayNameOf('../../etc/passwd')).toBe('passwd');
    expect(displayNameOf('C:\\Users\\me\\IMG_0001.JPG')).toBe('IMG_0001.JPG');
    expect(displayNameOf('..\u202eGPJ.exe')).toBe('GPJ.exe');
    expect(displayNameOf('photo\u0000.jpg')).toBe('photo.jpg');
    expect(displayNameOf('/')).toBeNull();
    expect(displayNameOf('x'.repeat(500))?.length).toBe(120);
  });
});
