#!/usr/bin/env node
// Finds user-visible text written into the code instead of the message
// catalogue (lib/i18n/messages). tests/unit/i18n/hard-coded-strings.test.ts
// fails on any finding; run this directly to list them:
//
//   node scripts/i18n/hard-coded.mjs [file or folder …]   (default: the UI folders)
//
// What counts as UI text, read from the TypeScript syntax tree:
//   jsx-text     text between JSX tags that has a letter in it;
//   jsx-attr     a letter-bearing literal given to an attribute people read or
//                hear (title, placeholder, alt, label, aria-label, …);
//   jsx-child    a literal inside a `{…}` child of a JSX element (`{busy ? 'Saving…' : 'Save'}`);
//   dom-text     a literal written to textContent / title / placeholder … or
//                setAttribute('aria-label' | 'title' | …) in plain DOM code;
//   sentence     any other literal that reads like words for a person: a
//                capital letter, then a space and more words ("Could not save").
// Not counted: module paths, console output, the arguments of t() / tn(),
// literals in type positions, comparisons and `case` labels, object keys.
// A line (or the line above it) with the comment `i18n-ignore: <why>` is
// skipped; so is a file whose first comment says `i18n-ignore-file: <why>`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const UI_ROOTS = ['components', 'entrypoints'];
const UI_ATTRS = new Set(['title', 'placeholder', 'alt', 'label', 'aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder']);
const DOM_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt', 'label', 'ariaDescription']);
const LETTER = /\p{L}/u;
const SENTENCE = /^\s*\p{Lu}[\p{L}'’.-]*[\s,]+\S/u;

function files(target) {
  const st = statSync(target);
  if (st.isFile()) return /\.(ts|tsx)$/.test(target) && !/\.d\.ts$|\.test\.tsx?$|\.spec\.ts$/.test(target) ? [target] : [];
  return readdirSync(target).flatMap((f) => files(path.join(target, f)));
}

function textOf(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return undefined;
}

function calleeName(call) {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return `${ts.isIdentifier(e.expression) ? e.expression.text : '?'}.${e.name.text}`;
  return '';
}

/** Literals that are not text for a person, whatever they say. */
function exempt(node) {
  const p = node.parent;
  if (!p) return true;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode?.(p.parent) || ts.isExternalModuleReference(p)) return true;
  if (ts.isLiteralTypeNode(p)) return true;
  if (ts.isPropertyAssignment(p) && p.name === node) return true;
  if (ts.isPropertySignature?.(p) || ts.isPropertyDeclaration(p) && p.name === node) return true;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
  if (ts.isCaseClause(p)) return true;
  if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(p.operatorToken.kind)) return true;
  if (ts.isCallExpression(p) && p.arguments.includes(node)) {
    const name = calleeName(p);
    if (name === 't' || name === 'tn' || name.startsWith('console.') || name === 'require' || name === 'import') return true;
  }
  if (ts.isImportCall?.(p)) return true;
  return false;
}

function inJsxChild(node) {
  // Climb through expressions until a JSX boundary: a `{…}` child counts, an
  // attribute's `{…}` is handled by jsx-attr, a call argument ends the climb.
  for (let n = node, p = node.parent; p; n = p, p = p.parent) {
    if (ts.isCallExpression(p) && p.arguments.includes(n)) return false;
    if (ts.isJsxExpression(p)) return ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent) ? 'child' : ts.isJsxAttribute(p.parent) ? p.parent : false;
    if (ts.isJsxAttribute(p) || ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p) || ts.isFunctionLike(p) || ts.isStatement(p) || ts.isVariableDeclaration(p)) return false;
  }
  return false;
}

function attrName(attr) {
  return ts.isIdentifier(attr.name) ? attr.name.text : attr.name.getText();
}

export function scanSource(fileName, source) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  if (/^\s*(\/\/|\/\*)[^\n]*i18n-ignore-file:/m.test(source.slice(0, 2000))) return [];
  const lines = source.split('\n');
  const ignored = (line) => /i18n-ignore:/.test(lines[line] ?? '') || /^\s*(\/\/|\{?\/\*).*i18n-ignore:/.test(lines[line - 1] ?? '');
  const out = [];
  const report = (node, rule, text) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    if (ignored(line)) return;
    out.push({ file: fileName, line: line + 1, rule, text: text.trim().replace(/\s+/g, ' ').slice(0, 80) });
  };
  const visit = (node) => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, 'jsx-text', node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (UI_ATTRS.has(attrName(node)) && LETTER.test(node.initializer.text)) report(node, 'jsx-attr', `${attrName(node)}="${node.initializer.text}"`);
      return; // other attributes (class, id, type, role, href…) are not read as text
    } else if (textOf(node) !== undefined && !ts.isTemplateExpression(node.parent)) {
      const text = textOf(node);
      if (LETTER.test(text) && !exempt(node)) {
        const where = inJsxChild(node);
        if (where === 'child') report(node, 'jsx-child', text);
        else if (where && ts.isJsxAttribute(where)) {
          if (UI_ATTRS.has(attrName(where))) report(node, 'jsx-attr', `${attrName(where)}={…'${text}'…}`);
        } else if (isDomText(node)) report(node, 'dom-text', text);
        else if (SENTENCE.test(text)) report(node, 'sentence', text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function isDomText(node) {
  const p = node.parent;
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === node && ts.isPropertyAccessExpression(p.left)) return DOM_PROPS.has(p.left.name.text);
  if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'setAttribute' && p.arguments[1] === node) {
    const a = p.arguments[0];
    return !!a && ts.isStringLiteral(a) && (UI_ATTRS.has(a.text) || a.text === 'aria-label');
  }
  return false;
}

export function scan(targets = UI_ROOTS, root = process.cwd()) {
  return targets
    .flatMap((t) => files(path.resolve(root, t)))
    .flatMap((f) => scanSource(path.relative(root, f), readFileSync(f, 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = scan(process.argv.length > 2 ? process.argv.slice(2) : UI_ROOTS);
  for (const f of found) console.log(`${f.file}:${f.line}  ${f.rule}  ${f.text}`);
  console.log(`${found.length} hard-coded UI string(s)`);
  process.exitCode = found.length ? 1 : 0;
}
