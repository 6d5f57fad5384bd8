import ts from 'typescript';

/**
 * Every `t(...)` call in the renderer, with the keys its first argument can take, read by the
 * TypeScript checker: a literal, a union of literals (an `as const` list, a typed enum from a zod
 * schema, a conditional between two literals), a template whose parts are such unions, or a
 * template type such as `errors.${string}`. What the checker cannot narrow below `string` is
 * reported as untyped, so the test can insist that the code types it.
 */
export type KeyCandidates =
  | { kind: 'keys'; keys: string[] }
  | { kind: 'pattern'; pattern: RegExp; text: string }
  | { kind: 'untyped'; text: string };

export interface TranslationCall {
  file: string;
  line: number;
  candidates: KeyCandidates;
}

/** A string written anywhere in the code (a literal, or a template's pattern), where it is. */
export interface WrittenString {
  file: string;
  line: number;
  /** The literal's text; for a template, its text before the first `${…}`. */
  text: string;
  /** A template's whole source and the pattern of the strings it can make. */
  template?: { source: string; pattern: RegExp };
}

export interface TranslationScan {
  calls: TranslationCall[];
  /** Every string literal and template in renderer/ and the shared/ files it imports. */
  strings: WrittenString[];
}

const ANY_SEGMENT = '[\\w-]+';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The string literal values a type can have, or undefined when it can be any string. */
function literalValues(type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) values.push(part.value);
    else if (part.isNumberLiteral()) values.push(String(part.value));
    else if (part.flags & ts.TypeFlags.BooleanLiteral) values.push((part as ts.Type & { intrinsicName: string }).intrinsicName);
    // t() is only reached with a value; `undefined` and `null` in the type are the callers' guards.
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    else return undefined;
  }
  return values;
}

/** A template literal *type* (`errors.${string}`) as a pattern over whole keys. */
function templateTypePattern(type: ts.Type): string | undefined {
  const parts = type.isUnion() ? type.types.filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [type];
  const alternatives: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) alternatives.push(escape(part.value));
    else if (part.flags & ts.TypeFlags.TemplateLiteral) {
      const template = part as ts.TemplateLiteralType;
      alternatives.push(template.texts.map((text, index) => escape(text) + (index < template.types.length ? '[\\w.-]+' : '')).join(''));
    } else return undefined;
  }
  return alternatives.length > 0 ? alternatives.join('|') : undefined;
}

function candidatesOf(checker: ts.TypeChecker, node: ts.Expression, source: ts.SourceFile): KeyCandidates {
  const text = node.getText(source);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'keys', keys: [node.text] };
  if (ts.isParenthesizedExpression(node)) return candidatesOf(checker, node.expression, source);
  if (ts.isTemplateExpression(node)) {
    // Each `${…}` becomes the values its type allows, or any one key segment when it allows any string.
    let variants: string[] | undefined = [node.head.text];
    let pattern = escape(node.head.text);
    for (const span of node.templateSpans) {
      const values = literalValues(checker.getTypeAtLocation(span.expression));
      const tail = span.literal.text;
      pattern += (values ? `(?:${values.map(escape).join('|')})` : ANY_SEGMENT) + escape(tail);
      variants = values && variants ? variants.flatMap((start) => values.map((value) => start + value + tail)) : undefined;
    }
    return variants ? { kind: 'keys', keys: variants } : { kind: 'pattern', pattern: new RegExp(`^(?:${pattern})$`), text };
  }
  if (ts.isConditionalExpression(node)) {
    const whenTrue = candidatesOf(checker, node.whenTrue, source);
    const whenFalse = candidatesOf(checker, node.whenFalse, source);
    if (whenTrue.kind === 'keys' && whenFalse.kind === 'keys') return { kind: 'keys', keys: [...whenTrue.keys, ...whenFalse.keys] };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    const left = candidatesOf(checker, node.left, source);
    const right = candidatesOf(checker, node.right, source);
    if (left.kind === 'keys' && right.kind === 'keys') return { kind: 'keys', keys: [...left.keys, ...right.keys] };
  }
  const type = checker.getTypeAtLocation(node);
  const values = literalValues(type);
  if (values) return { kind: 'keys', keys: values };
  const pattern = templateTypePattern(type);
  if (pattern) return { kind: 'pattern', pattern: new RegExp(`^(?:${pattern})$`), text };
  return { kind: 'untyped', text: `${text}: ${checker.typeToString(type)}` };
}

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

function templatePattern(node: ts.TemplateExpression): RegExp {
  return new RegExp(`^${escape(node.head.text)}${node.templateSpans.map((span) => ANY_SEGMENT + escape(span.literal.text)).join('')}$`);
}

/** Reads the project as `tsc -p renderer` does. */
export function scanTranslations(tsconfig: string): TranslationScan {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const calls: TranslationCall[] = [];
  const strings: WrittenString[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || source.fileName.includes('/node_modules/')) continue;
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push({ file: source.fileName, line: lineOf(node), text: node.text });
      if (ts.isTemplateExpression(node)) strings.push({ file: source.fileName, line: lineOf(node), text: node.head.text, template: { source: node.getText(source), pattern: templatePattern(node) } });
      if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
        const argument = node.arguments[0];
        calls.push({
          file: source.fileName,
          line: lineOf(argument),
          candidates: candidatesOf(checker, argument, source),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, strings };
}
