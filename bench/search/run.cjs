// `npm run bench:search [-- options]`: the search benchmark (see main.ts and the README).
// The benchmark and the server code it drives are TypeScript, compiled on load with the server's
// own swc settings (as its jest does), so nothing has to be built first.
// The app runs as in production: graphql-js, express and Apollo skip their development checks.
process.env.NODE_ENV = 'production';
require('./register.cjs');
require('reflect-metadata');
require('./main.ts')
  .main(process.argv.slice(2))
  .then((code) => process.exit(code ?? 0))
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
