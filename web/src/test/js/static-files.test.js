import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../main/web');
const html = readFileSync(join(root, 'index.html'), 'utf8');

function filesUnder(folder, suffix) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

const scripts = filesUnder(join(root, 'js'), '.js').map((path) => ({ path, name: relative(root, path), source: readFileSync(path, 'utf8') }));

test('the page has no inline script, style or event handler, so the strict CSP allows it', () => {
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i);
  assert.doesNotMatch(html, /<style/i);
  assert.doesNotMatch(html, /\sstyle=/i);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /javascript:/i);
});

test('the page loads only files of its own origin that exist', () => {
  const references = [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)].map((match) => match[1]);
  assert.deepEqual(references.sort(), ['css/app.css', 'favicon.svg', 'js/main.js']);
  for (const reference of references) {
    assert.ok(existsSync(join(root, reference)), reference);
  }
});

test('no script builds HTML from strings, evaluates code or sets style attributes', () => {
  for (const { name, source } of scripts) {
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, name);
    assert.doesNotMatch(source, /\beval\(|new Function\(|setTimeout\(['"`]/, name);
    assert.doesNotMatch(source, /setAttribute\(['"]style['"]/, name);
    const persistent = source.replace('deviceStorage: window.localStorage,', '');
    assert.doesNotMatch(persistent, /localStorage/, `${name}: only the device tokens, which alone log nobody in, outlive the browser session`);
  }
});

test('every relative import names an existing module', () => {
  for (const { path, name, source } of scripts) {
    for (const match of source.matchAll(/from '(\.[^']+)'/g)) {
      assert.ok(existsSync(resolve(dirname(path), match[1])), `${name} imports ${match[1]}`);
    }
  }
});

test('every element the scripts look up by id is on the page, once', () => {
  const ids = new Set(scripts.flatMap(({ source }) => [...source.matchAll(/byId\('([^']+)'\)/g)].map((match) => match[1])));
  assert.ok(ids.size > 30);
  for (const id of ids) {
    const count = html.split(`id="${id}"`).length - 1;
    assert.equal(count, 1, `#${id}`);
  }
});

test('every label points at a control on the page', () => {
  for (const match of html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)) {
    assert.match(html, new RegExp(`<(input|select|textarea)[^>]*\\sid="${match[1]}"`), match[1]);
  }
});
