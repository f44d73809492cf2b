export { DeadlinePolicy, type WorkingCalendar, type WorkingDaysPolicy } from './deadline-policy.js';
export { DEFAULT_AT_RISK_SHARE, DeadlineStatus, deadlineStatus } from './deadline-status.js';
export { dueAt, workingDaysTaken } from './due-at.js';
export { isKnownCountry, isKnownRegion, isWorkingDay, publicHolidayDates } from './holiday-calendar.js';
