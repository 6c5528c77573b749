import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, fullViewUrl, shareUrl } from './shareUrl';

const here = 'https://example.org/map/?event=E07&from=2026-02-01&lang=ar';

describe('share links', () => {
  it('stamps the link version and keeps the view', () => {
    const u = new URL(shareUrl(here));
    expect(u.searchParams.get('v')).toBe('1');
    expect(u.searchParams.get('event')).toBe('E07');
    expect(u.searchParams.get('lang')).toBe('ar');
    expect(u.pathname).toBe('/map/');
  });
  it('carries the language the sender sees, unless the link already names one', () => {
    expect(new URL(shareUrl('https://example.org/?event=E07', 'ar')).searchParams.get('lang')).toBe('ar');
    expect(new URL(shareUrl(here, 'en')).searchParams.get('lang')).toBe('ar');
    expect(new URL(embedUrl('https://example.org/', 'en')).searchParams.get('lang')).toBe('en');
  });
  it('leaves the other parameters as written (readable commas), and stamps the version once', () => {
    const href = 'https://example.org/?cam=40.5,36.2,7&cat=base-handover,reinforcement&v=1&mode=present';
    expect(shareUrl(href)).toBe(
      'https://example.org/?cam=40.5,36.2,7&cat=base-handover,reinforcement&mode=present&v=1',
    );
    expect(fullViewUrl(embedUrl(href))).toBe(
      'https://example.org/?cam=40.5,36.2,7&cat=base-handover,reinforcement&v=1',
    );
  });
  it('an embed is the same view in embed mode; its link out drops the mode', () => {
    const e = embedUrl(here);
    expect(new URL(e).searchParams.get('mode')).toBe('embed');
    const back = new URL(fullViewUrl(e));
    expect(back.searchParams.get('mode')).toBeNull();
    expect(back.searchParams.get('event')).toBe('E07');
  });
  it('embed code is one iframe whose attributes cannot be broken out of', () => {
    const code = embedCode('https://example.org/?q=%22%3E%3Cscript%3E', 'A "quoted" <title> & more');
    expect(code.startsWith('<iframe src="https://example.org/?q=')).toBe(true);
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    expect(code).not.toContain('<script>');
    // markup characters appear only as the tag's own: <iframe …></iframe>, six quoted attributes
    expect(code.match(/</g)).toHaveLength(2);
    expect(code.match(/>/g)).toHaveLength(2);
    expect(code.match(/"/g)).toHaveLength(12);
  });
});
