import { cli } from './dispatch.js';
import { lightCommands } from './light-commands.js';

/** The command line of the light commands only (see light-commands.ts); bundled into one file. */
export const main = cli(lightCommands);
