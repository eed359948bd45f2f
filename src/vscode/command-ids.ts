/** Command ids, in a module of their own so activation can register them without loading the features. */
export const SHOW_REPORT_COMMAND = 'aiLicenseLens.showReport';
export const SHOW_LOG_COMMAND = 'aiLicenseLens.showLog';
export const SUPPRESS_COMMAND = 'aiLicenseLens.suppressFinding';
export const ADD_TO_ALLOW_LIST_COMMAND = 'aiLicenseLens.addToAllowList';

export const COMMAND_IDS = [SHOW_REPORT_COMMAND, SHOW_LOG_COMMAND, SUPPRESS_COMMAND, ADD_TO_ALLOW_LIST_COMMAND] as const;
export type CommandId = (typeof COMMAND_IDS)[number];
