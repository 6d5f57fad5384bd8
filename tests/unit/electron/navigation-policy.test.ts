import { describe, it, expect } from 'vitest';
import { isAllowedNavigation, isVettedExternalUrl } from '../../../electron/main/navigation-policy';

describe('navigation policy', () => {
  it('allows navigation only within our app:// origin', () => {
    expect(isAllowedNavigation('app://coalition-desk/index.html#/members')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other-host/index.html',
      'app://user:pass@coalition-desk/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });

  it('opens externally only plain https links', () => {
    expect(isVettedExternalUrl('https://www.intgovforum.org/en/content/dynamic-coalitions')).toBe(true);
    for (const url of [
      'http://example.org/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'ms-msdt:/id',
      'javascript:alert(1)',
      'https://user:secret@example.org/',
      'app://coalition-desk/index.html',
      '',
    ]) {
      expect(isVettedExternalUrl(url)).toBe(false);
    }
  });
});
