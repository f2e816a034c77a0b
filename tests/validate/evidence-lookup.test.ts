/**
 * The fast lookups of the evidence check give what their definitions say: a source kind is the
 * first row of source-kinds.csv whose pattern matches the host (a plain pattern: the host or a
 * subdomain; `*`: any run of characters), and a named_as word counts only as a whole word.
 */
import { describe, expect, it } from 'vitest';
import type { SourceKindRow } from '../../src/schema/evidence.js';
import { hasWord, kindOfHost, namedAs, namesOfHost } from '../../src/validate/evidence/source-kind.js';

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
  const docslib = row('docslib.org', 'document-sharing', ['copy', 'via']);
  const named = (source: string | null, justification: string | null, urls: string[], at = 0) =>
    namedAs(docslib, { source, justification, urls }, at, new URL(urls[at]!).hostname);
  it('counts in a sentence of the source or the justification that names the host, in any case', () => {
    expect(named(null, 'The report was read in A COPY at Docslib.', ['https://docslib.org/x'])).toBe(true);
    expect(named('Report (read in a copy on docs lib)', null, ['https://a.org/x', 'https://docslib.org/x'], 1)).toBe(true);
    expect(named(null, 'copyright and photocopy on docslib', ['https://docslib.org/x'])).toBe(false);
  });
  it('does not count in a sentence that does not name the host (the "via anywhere" loophole)', () => {
    const urls = ['https://reliefweb.int/x', 'https://docslib.org/x'];
    // Two citations for two addresses: the naming word belongs to the first one, not to docslib's.
    expect(named('UN report (via ReliefWeb); NGO report', 'It found detention.', urls, 1)).toBe(false);
    expect(named('UN report (via ReliefWeb) and an NGO report', 'Docslib was used. It was read via ReliefWeb.', urls, 1)).toBe(false);
    expect(named('UN report (via ReliefWeb) and an NGO report', 'The NGO report was read in a copy on docslib.org.', urls, 1)).toBe(true);
  });
  it("counts in the citation at the address's place when the source has one citation per address", () => {
    const urls = ['https://un.org/x', 'https://docslib.org/x'];
    expect(named('UN report; NGO report (copy of the original)', null, urls, 1)).toBe(true);
    expect(named('UN report (copy); NGO report', null, urls, 1)).toBe(false);
    expect(named('UN report; NGO report; third (copy)', null, urls, 1)).toBe(false);
  });
  it('names a host by its labels of four or more characters, without the top-level domain', () => {
    expect(namesOfHost('newsbite.mooo.com')).toEqual(['newsbite', 'mooo']);
    expect(namesOfHost('web.test.ohchr.un-icc.cloud')).toEqual(['test', 'ohchr', 'unicc']);
    expect(namesOfHost('fdocuments.es')).toEqual(['fdocuments']);
  });
});
