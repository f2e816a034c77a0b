/**
 * The fast lookups of the evidence check give what their definitions say: a source kind is the
 * first row of source-kinds.csv whose pattern matches the host (a plain pattern: the host or a
 * subdomain; `*`: any run of characters), and a named_as word counts only as a whole word.
 */
import { describe, expect, it } from 'vitest';
import type { SourceKindRow } from '../../src/schema/evidence.js';
import { hasWord, kindOfHost, namedAs } from '../../src/validate/evidence/source-kind.js';

const row = (pattern: string, kind: string, named_as: string[] = []): SourceKindRow => ({ pattern, kind, weak: true, named_as, note: null } as unknown as SourceKindRow);

/** The definition, one regular expression per row, tried in file order. */
function byDefinition(host: string, kinds: readonly SourceKindRow[]): SourceKindRow | null {
  return kinds.find((k) => {
    const body = k.pattern.split('*').map((s) => s.replace(/[.-]/g, '\\$&')).join('.*');
    return new RegExp(k.pattern.includes('*') ? `^${body}$` : `^(?:.*\\.)?${body}$`).test(host);
  }) ?? null;
}

describe('the kind of a source host', () => {
  const kinds = [
    row('example.org', 'first'), row('*.example.org', 'wild'), row('sub.example.org', 'later'),
    row('dev.*', 'dev'), row('docs.dev.net', 'docs'), row('blogspot.com', 'blog'), row('*-mirror.*', 'mirror'), row('blogspot.com', 'repeat'),
  ];
  const hosts = ['example.org', 'sub.example.org', 'a.sub.example.org', 'notexample.org', 'example.org.evil.com', 'dev.example.net', 'docs.dev.net',
    'x.blogspot.com', 'blogspot.com', 'myblogspot.com', 'site-mirror.io', 'org', '', 'com', 'a.b.c.d.e'];
  it.each(hosts)('%s: the first matching row, as the regular expressions say', (host) => {
    expect(kindOfHost(host, kinds)).toBe(byDefinition(host, kinds));
  });
  it('prefers an earlier row over a more specific later one, and a wildcard row before a plain one', () => {
    expect(kindOfHost('sub.example.org', kinds)?.kind).toBe('first');
    expect(kindOfHost('docs.dev.net', [row('docs.dev.net', 'docs'), row('dev.*', 'dev')])?.kind).toBe('docs');
    expect(kindOfHost('dev.net', [row('dev.*', 'dev'), row('dev.net', 'plain')])?.kind).toBe('dev');
    expect(kindOfHost('notexample.org', kinds)).toBeNull();
  });
});

describe('a named_as word', () => {
  it.each([
    ['a mirror copy', 'mirror', true],
    ['mirrors of it', 'mirror', false],
    ['émirror', 'mirror', false],
    ['x-mirror', 'mirror', true],
    ['mirror', 'mirror', true],
    ['𝐀mirror', 'mirror', false],
    ['😀mirror😀', 'mirror', true],
    ['via(mirror)', 'via', true],
    ['trivia', 'via', false],
    ['', 'via', false],
  ])('%j has %j as a word: %s', (text, word, expected) => {
    expect(hasWord(text, word)).toBe(expected);
  });
  it('is looked for in the source and the justification, in any case', () => {
    expect(namedAs(row('docslib.org', 'document-sharing', ['copy']), ['A COPY at docslib', null])).toBe(true);
    expect(namedAs(row('docslib.org', 'document-sharing', ['copy']), ['copyright', 'photocopy'])).toBe(false);
  });
});
