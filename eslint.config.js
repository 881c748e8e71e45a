import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'coverage/', 'node_modules/', 'public/', 'out/', 'bench/out/', '.stryker-tmp*/', 'reports/', '.tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Spread as arguments, a long array overflows the stack (the 170,000 findings of one 20 MB
      // cable did): append in a loop, or build the array with `concat` or `flat`.
      'no-restricted-syntax': [
        'error',
        {selector: "CallExpression[callee.property.name='push'] > SpreadElement", message: 'Push the items in a loop: spread as arguments, a long array overflows the stack.'},
      ],
    },
  },
)
