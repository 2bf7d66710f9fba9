import ICAL from 'ical.js';

export interface AgendaEntry {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  tableName: string | null;
  counterpartName: string;
  counterpartOrganisation: string | null;
}

export interface AgendaCalendar {
  eventId: string;
  eventTitle: string;
  venue: string | null;
  onlineUrl: string | null;
  /** Used in SUMMARY: "Rendez-vous : …" in the participant's language. */
  summaryPrefix: string;
  /** Names a table in LOCATION: "Table 3" in the participant's language. */
  tableLabel: (name: string) => string;
  entries: AgendaEntry[];
  now?: Date;
}

/**
 * A participant's agenda as an iCalendar document (RFC 5545), built with ical.js: one VEVENT per
 * placed meeting, times in UTC, a stable UID per meeting (a calendar that imports it again updates
 * the meetings instead of duplicating them).
 */
export function agendaIcs(calendar: AgendaCalendar): string {
  const root = new ICAL.Component(['vcalendar', [], []]);
  root.updatePropertyWithValue('prodid', '-//Passerelle//Brokerage days//FR');
  root.updatePropertyWithValue('version', '2.0');
  root.updatePropertyWithValue('calscale', 'GREGORIAN');
  root.updatePropertyWithValue('method', 'PUBLISH');
  root.updatePropertyWithValue('x-wr-calname', calendar.eventTitle);
  const stamp = ICAL.Time.fromJSDate(calendar.now ?? new Date(), true);
  for (const entry of calendar.entries) {
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    event.uid = `${entry.meetingId}@passerelle`;
    component.updatePropertyWithValue('dtstamp', stamp);
    event.startDate = ICAL.Time.fromJSDate(entry.startsAt, true);
    event.endDate = ICAL.Time.fromJSDate(entry.endsAt, true);
    const who = entry.counterpartOrganisation ? `${entry.counterpartName} (${entry.counterpartOrganisation})` : entry.counterpartName;
    event.summary = `${calendar.summaryPrefix}${who}`;
    const place = [calendar.venue, entry.tableName && calendar.tableLabel(entry.tableName)].filter(Boolean).join(' — ');
    event.location = place || calendar.onlineUrl || '';
    event.description = [calendar.eventTitle, calendar.onlineUrl].filter(Boolean).join('\n');
    root.addSubcomponent(component);
  }
  return root.toString();
}
