#!/usr/bin/env node
// The `planmap` command: loads tsx's ESM hooks in this process and runs the TypeScript CLI
// (src/cli/planmap.ts) as is, so nothing has to be built. tsx resolves from this package's
// node_modules, whatever the working directory.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/planmap.ts');
process.exitCode = main(process.argv.slice(2));
