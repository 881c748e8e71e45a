/**
 * Collects the regular expressions of the source tree, for the ReDoS test: every regular
 * expression literal, and every `new RegExp(…)` / `RegExp(…)` whose source can be worked out
 * statically. Sources built from constants (`new RegExp(\`^(?:${captionWords})$\`)`, with
 * `captionWords` a string constant of the same file or imported from another) are evaluated;
 * sources built from run-time data (a name list, a config value) cannot be, and are returned
 * as `dynamic` so that the test can demand an explicit, justified entry for each.
 *
 * Uses the TypeScript parser rather than a regular expression over the text, so that `/` in
 * division, comments and strings is never mistaken for a literal.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import ts from 'typescript'

/** A regular expression found in the source, with where it stands. */
export interface FoundRegex {
  /** Path relative to the repository root, `/`-separated. */
  file: string
  /** 1-based line of the literal or the constructor call. */
  line: number
  source: string
  flags: string
  kind: 'literal' | 'constructor'
}

/** A `new RegExp(…)` whose source depends on run-time values. */
export interface DynamicRegex {
  file: string
  line: number
  /** The call as written, white space collapsed. */
  text: string
}

export interface CollectedRegexes {
  found: FoundRegex[]
  dynamic: DynamicRegex[]
}

/** Every `.ts` file under `folders` (relative to `root`), sorted. */
export function listSourceFiles(root: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map((name) => join(root, folder, name)),
    )
    .sort()
}

/** Collect the regular expressions of `files` (absolute paths); paths in results are relative to `root`. */
export function collectRegexes(root: string, files: readonly string[]): CollectedRegexes {
  const evaluator = new Evaluator()
  const found: FoundRegex[] = []
  const dynamic: DynamicRegex[] = []
  for (const path of files) {
    const file = evaluator.load(path)
    if (file === undefined) continue
    const name = relative(root, path).split('\\').join('/')
    const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    const walk = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        found.push({file: name, line: lineOf(node), ...splitLiteral(node.getText(file)), kind: 'literal'})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [sourceArgument, flagsArgument] = node.arguments ?? []
        const fromRegex = sourceArgument && evaluator.regex(sourceArgument, file)
        const source = fromRegex?.source ?? (sourceArgument && evaluator.string(sourceArgument, file))
        const flags = flagsArgument ? evaluator.string(flagsArgument, file) : (fromRegex?.flags ?? '')
        if (source === undefined || flags === undefined) dynamic.push({file: name, line: lineOf(node), text: node.getText(file).replace(/\s+/g, ' ')})
        else found.push({file: name, line: lineOf(node), source, flags, kind: 'constructor'})
      }
      ts.forEachChild(node, walk)
    }
    walk(file)
  }
  return {found, dynamic}
}

/** `/a+b/gi` → source `a+b`, flags `gi`. */
function splitLiteral(text: string): {source: string; flags: string} {
  const slash = text.lastIndexOf('/')
  return {source: text.slice(1, slash), flags: text.slice(slash + 1)}
}

/** A tiny constant folder: string literals, templates, `String.raw`, `+`, `.join()`, `.source`, and `const` bindings (imports followed). */
class Evaluator {
  private readonly files = new Map<string, ts.SourceFile | undefined>()
  private depth = 0

  load(path: string): ts.SourceFile | undefined {
    if (!this.files.has(path)) {
      let text: string | undefined
      try {
        text = readFileSync(path, 'utf8')
      } catch {
        text = undefined
      }
      this.files.set(path, text === undefined ? undefined : ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true))
    }
    return this.files.get(path)
  }

  /** The value of a string-valued expression, or `undefined` when it is not constant. */
  string(node: ts.Expression, file: ts.SourceFile): string | undefined {
    if (this.depth > 20) return undefined
    this.depth++
    try {
      return this.stringInner(node, file)
    } finally {
      this.depth--
    }
  }

  /** The source and flags of an expression that is a constant regular expression. */
  regex(node: ts.Expression, file: ts.SourceFile): {source: string; flags: string} | undefined {
    const inner = unwrap(node)
    if (inner.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral(inner.getText(file))
    if (ts.isIdentifier(inner)) {
      const binding = this.resolve(inner.text, file)
      return binding && this.regex(binding.value, binding.file)
    }
    return undefined
  }

  private stringInner(node: ts.Expression, file: ts.SourceFile): string | undefined {
    const inner = unwrap(node)
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text
    if (ts.isTemplateExpression(inner)) return this.template(inner, file, false)
    if (ts.isTaggedTemplateExpression(inner) && inner.tag.getText(file) === 'String.raw') {
      const template = inner.template
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText
      return this.template(template, file, true)
    }
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.string(inner.left, file)
      const right = this.string(inner.right, file)
      return left === undefined || right === undefined ? undefined : left + right
    }
    if (ts.isIdentifier(inner)) {
      const binding = this.resolve(inner.text, file)
      return binding && this.string(binding.value, binding.file)
    }
    if (ts.isPropertyAccessExpression(inner) && inner.name.text === 'source') return this.regex(inner.expression, file)?.source
    if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'join') {
      const items = this.array(inner.expression.expression, file)
      const [separatorArgument] = inner.arguments
      const separator = separatorArgument === undefined ? ',' : this.string(separatorArgument, file)
      return items === undefined || separator === undefined ? undefined : items.join(separator)
    }
    return undefined
  }

  private array(node: ts.Expression, file: ts.SourceFile): string[] | undefined {
    const inner = unwrap(node)
    if (ts.isIdentifier(inner)) {
      const binding = this.resolve(inner.text, file)
      return binding && this.array(binding.value, binding.file)
    }
    if (!ts.isArrayLiteralExpression(inner)) return undefined
    const items: string[] = []
    for (const element of inner.elements) {
      const value = this.string(element, file)
      if (value === undefined) return undefined
      items.push(value)
    }
    return items
  }

  private template(node: ts.TemplateExpression, file: ts.SourceFile, raw: boolean): string | undefined {
    let value = raw ? (node.head.rawText ?? '') : node.head.text
    for (const span of node.templateSpans) {
      const part = this.string(span.expression, file)
      if (part === undefined) return undefined
      value += part + (raw ? (span.literal.rawText ?? '') : span.literal.text)
    }
    return value
  }

  /** The initializer of a top-level `const name`, in this file or the relative module it is imported from. */
  private resolve(name: string, file: ts.SourceFile): {value: ts.Expression; file: ts.SourceFile} | undefined {
    for (const statement of file.statements) {
      if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return {value: declaration.initializer, file}
        }
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
        const bindings = statement.importClause?.namedBindings
        if (!bindings || !ts.isNamedImports(bindings)) continue
        const specifier = bindings.elements.find((element) => element.name.text === name)
        if (!specifier) continue
        const target = this.load(resolve(dirname(file.fileName), statement.moduleSpecifier.text.replace(/\.js$/, '.ts')))
        return target && this.resolve((specifier.propertyName ?? specifier.name).text, target)
      }
    }
    return undefined
  }
}

function unwrap(node: ts.Expression): ts.Expression {
  let inner = node
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression
  return inner
}
