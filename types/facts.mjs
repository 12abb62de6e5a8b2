/**
 * What the types declare and what the loader has, read with the TypeScript compiler API (a
 * program with the DOM library and its type checker for the d.ts; the parser for
 * js/loader.js), for the drift check of `cargo xtask types` (xtask/src/types.rs), which
 * compares both with each other and with the crate's lists of events and error codes.
 *
 *   node types/facts.mjs types/member-notice.d.ts js/loader.js   → JSON on stdout
 *
 * Also imported by the end-to-end test that compares the d.ts with the API a browser sees.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';

const EVENT_MAPS = ['HTMLElementEventMap', 'ShadowRootEventMap', 'DocumentEventMap', 'WindowEventMap'];
const EVENT_PREFIX = 'member-notice:';

/** What `dts` (a path) declares: the MemberNotice namespace's members and the DOM augmentations. */
export function declared(dts) {
  const program = ts.createProgram([dts], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    throw new Error(ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    }));
  }
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(dts);
  const global = (name, meaning) => {
    const symbol = checker.resolveName(name, file, meaning, false);
    if (!symbol) throw new Error(`${dts} declares no ${name}`);
    return symbol;
  };
  const namespace = global('MemberNotice', ts.SymbolFlags.Namespace);
  const exported = (name) => {
    const symbol = checker.getExportsOfModule(namespace).find((s) => s.name === name);
    if (!symbol) throw new Error(`${dts}: MemberNotice has no ${name}`);
    return symbol;
  };
  const propertiesOf = (symbol) => checker.getDeclaredTypeOfSymbol(symbol).getProperties().map((p) => p.name);
  const literals = (type) => (type.isUnion() ? type.types : [type])
    .filter((t) => t.isStringLiteral())
    .map((t) => t.value);

  const namespaceValues = checker.getExportsOfModule(namespace)
    .filter((s) => s.flags & ts.SymbolFlags.Value)
    .map((s) => s.name);
  const events = Object.fromEntries(EVENT_MAPS.map((map) => [
    map,
    propertiesOf(global(map, ts.SymbolFlags.Type)).filter((name) => name.startsWith(EVENT_PREFIX)),
  ]));
  const tagNameMap = checker.getDeclaredTypeOfSymbol(global('HTMLElementTagNameMap', ts.SymbolFlags.Type));
  const element = tagNameMap.getProperty('member-notice');
  return {
    api: namespaceValues.sort(),
    handle: propertiesOf(exported('Handle')).sort(),
    options: propertiesOf(exported('Options')).sort(),
    attributes: propertiesOf(exported('Attributes')).sort(),
    errorCodes: literals(checker.getDeclaredTypeOfSymbol(exported('ErrorCode'))).sort(),
    phases: literals(checker.getDeclaredTypeOfSymbol(exported('Phase'))).sort(),
    events,
    element: element ? checker.typeToString(checker.getTypeOfSymbol(element)) : null,
  };
}

/** A string literal's text, or null. */
const text = (node) => (node && ts.isStringLiteralLike(node) ? node.text : null);

/** What the loader (a path) has: its API's keys, the handle's members, attributes, error codes, events. */
export function loader(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = { api: [], handle: [], attributes: [], options: [], errorCodes: [], events: [] };
  const visit = (node) => {
    // Object.defineProperties(api, { version: …, locales: …, … })
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'Object.defineProperties' &&
      node.arguments[0]?.getText(source) === 'api' && ts.isObjectLiteralExpression(node.arguments[1])) {
      found.api.push(...node.arguments[1].properties.map((p) => p.name.getText(source)));
    }
    // class Handle { constructor(element) { this.element = element; } setLocale() … get locale() … }
    if (ts.isClassDeclaration(node) && node.name?.text === 'Handle') {
      for (const member of node.members) {
        if (ts.isConstructorDeclaration(member)) {
          member.body?.forEachChild(function assigned(child) {
            if (ts.isBinaryExpression(child) && child.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
              ts.isPropertyAccessExpression(child.left) && child.left.expression.kind === ts.SyntaxKind.ThisKeyword) {
              found.handle.push(child.left.name.text);
            }
            child.forEachChild(assigned);
          });
        } else if (member.name) {
          found.handle.push(member.name.getText(source));
        }
      }
    }
    // const ATTRIBUTES = { lang: "lang", …, "ftl-base": "ftlBase" }
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'ATTRIBUTES' &&
      node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        found.attributes.push(text(property.name) ?? property.name.getText(source));
        found.options.push(text(property.initializer));
      }
    }
    // emitError(target, "code", message) and failure("code", message)
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const code = { emitError: node.arguments[1], failure: node.arguments[0] }[node.expression.text];
      if (code) {
        if (text(code) === null) throw new Error(`${path}: ${node.getText(source)} has no string literal as its code`);
        found.errorCodes.push(text(code));
      }
    }
    // EVENT_PREFIX + "error"
    if (ts.isBinaryExpression(node) && node.left.getText(source) === 'EVENT_PREFIX' && text(node.right) !== null) {
      found.events.push(EVENT_PREFIX + text(node.right));
    }
    node.forEachChild(visit);
  };
  visit(source);
  for (const key of Object.keys(found)) found[key] = [...new Set(found[key])].sort();
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dts, loaderPath] = process.argv.slice(2);
  if (!dts || !loaderPath) {
    console.error('usage: node types/facts.mjs <member-notice.d.ts> <loader.js>');
    process.exit(2);
  }
  try {
    process.stdout.write(JSON.stringify({ declared: declared(dts), loader: loader(loaderPath) }, null, 2) + '\n');
  } catch (error) {
    console.error(String(error.message || error));
    process.exit(1);
  }
}
