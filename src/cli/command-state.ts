/** Set by a command's action: the process exit code it wants. */
export interface CommandState {
  exitCode: number;
}
