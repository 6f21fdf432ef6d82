import { describe, expect, it } from 'vitest';
import { escapeHtml, formatMeters, tooltipHtml } from './tooltips';

describe('tooltips', () => {
  it('escapes names coming from the API', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(tooltipHtml('Bab <b>Boujloud</b>', [['Required level', 'identification']])).toContain(
      'Bab &lt;b&gt;Boujloud&lt;/b&gt;',
    );
  });

  it('leaves out empty rows', () => {
    const html = tooltipHtml('CAM-001', [['Status', 'Planned'], ['Model', null], ['Range', undefined]]);
    expect(html).toContain('Planned');
    expect(html).not.toContain('Model');
    expect(html).not.toContain('Range');
  });

  it('formats lengths', () => {
    expect(formatMeters(85.4)).toBe('85 m');
    expect(formatMeters(1520)).toBe('1.52 km');
    expect(formatMeters(null)).toBeUndefined();
  });
});
