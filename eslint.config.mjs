import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    // lib/ holds the rules; it must not depend on the UI or on Next's routing layer.
    files: ['lib/**/*.ts'],
    ignores: ['lib/auth/session.ts', 'lib/auth/options.ts', 'lib/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', 'next-auth', 'next-auth/*'],
              message: 'lib/ stays framework-free; only lib/auth/session.ts, lib/auth/options.ts and lib/api/ touch Next.',
            },
            { group: ['@/app/*', '@/components/*'], message: 'Import direction is app → lib → (nothing UI).' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*'], message: 'components/ holds UI only and never imports from app/.' },
            { group: ['@/lib/db/*'], message: 'components/ never touches the database.' },
          ],
        },
      ],
    },
  },
  {
    // The admin log is written only through audit() (lib/audit/audit.ts): a typed action, a named subject.
    files: ['**/*.ts', '**/*.tsx'],
    // Tests may try forbidden writes on purpose (the log is append-only at the database too).
    ignores: ['lib/audit/**', 'lib/generated/**', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.property.name='adminEvent'][property.name=/^(create|createMany|update|upsert|delete)/]",
          message: 'Write the admin log through audit() in lib/audit/audit.ts.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'] > JSXExpressionContainer > ObjectExpression",
          message: 'Markup comes from html`` (components/html.ts), or from trustedHtml() by name, never a hand-made { __html }.',
        },
      ],
    },
  },
  {
    // app/ stays thin: pages, routes and actions call lib/ functions; queries and transactions live there.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.type='CallExpression'][object.object.callee.name='db']",
          message: 'Query through a function in lib/ (app/ holds no Prisma calls).',
        },
        {
          selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db'][property.name=/^\\$/]",
          message: 'Transactions and raw SQL belong in lib/.',
        },
        {
          selector: "MemberExpression[object.property.name='adminEvent'][property.name=/^(create|createMany|update|upsert|delete)/]",
          message: 'Write the admin log through audit() in lib/audit/audit.ts.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'] > JSXExpressionContainer > ObjectExpression",
          message: 'Markup comes from html`` (components/html.ts), or from trustedHtml() by name, never a hand-made { __html }.',
        },
      ],
    },
  },
];

export default config;
