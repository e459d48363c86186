#!/usr/bin/env node
// The `parloir` command: everything is in cli-main.ts, which the tests also run through an entry of their own.
import { main } from './cli-main';

process.exitCode = await main(process.argv.slice(2), process.env);
