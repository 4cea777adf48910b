import { en } from '../../admin/src/i18n/en';
import { zh } from '../../admin/src/i18n/zh';

/**
 * Messages react-admin completes with punctuation of its own must not bring theirs (the not-found
 * page read "已失效。."). Keys from ra-ui-materialui that it renders as `{translate(key)}.`.
 */
const COMPLETED_BY_REACT_ADMIN = [['message', 'not_found']] as const;

describe('panel messages', () => {
  it.each([
    ['zh', zh.ra],
    ['en', en.ra],
  ])('%s: no message react-admin punctuates ends in punctuation itself', (_lang, ra) => {
    for (const [group, key] of COMPLETED_BY_REACT_ADMIN) {
      const text = (ra as unknown as Record<string, Record<string, string>>)[group][key];
      expect({ key, text, ends: /[。．.！!？?]$/.test(text) }).toEqual({ key, text, ends: false });
    }
  });

  it('names every scope in both languages from the catalogue', () => {
    expect(zh.enums.Permission['serviceOrder:read']).toBe('查看服务单');
    expect(en.enums.Permission['serviceOrder:read']).toBe('Read service orders');
  });
});
