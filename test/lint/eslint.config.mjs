// ESLint flat config. Lives under test/ because the design card fixes the top level.
// Run with `npm run lint` (which passes -c).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const vscodeImportBan = {
  paths: [{ name: 'vscode', message: 'The pure core (src/core, src/emulator) must not import vscode: keep it in src/vscode.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: process.cwd() },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The goal page's webview script runs in a browser: its own tsconfig (DOM types).
    files: ['src/webview/**/*.ts'],
    languageOptions: {
      parserOptions: { project: './src/webview/tsconfig.json', tsconfigRootDir: process.cwd() },
    },
    rules: {
      'no-restricted-imports': ['error', vscodeImportBan],
      '@typescript-eslint/no-restricted-imports': ['error', vscodeImportBan],
    },
  },
  {
    // The boundary: the pure core and the emulator never see vscode.
    files: ['src/core/**/*.ts', 'src/emulator/**/*.ts', 'test/unit/**/*.ts', 'test/bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', vscodeImportBan],
      '@typescript-eslint/no-restricted-imports': ['error', vscodeImportBan],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
    },
  },
);
