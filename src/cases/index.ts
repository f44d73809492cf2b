export { CaseAction, CaseCommand, CaseState, CaseStatus, Jurisdiction, Jurisdictions, Measure, OPEN_CASE } from './case-state.js';
export { allowedActions, CASE_TRANSITIONS, CaseProblem, transition, type TransitionResult } from './case-transition.js';
export { blocksMarket, covers, describeMeasure, isStronger } from './measure.js';
