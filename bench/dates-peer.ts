/**
 * A peer suite for the time-phrase engine: the Dutch test cases of chrono-node (test/nl in its
 * repository, github.com/wanasit/chrono, version 2.10), rewritten here as data — the sentence,
 * the reference date and the date chrono's tests expect — for the cases whose shape falls inside
 * the product's date conventions (docs/deadlines.md). `npm run bench -- dates` runs our engine on
 * them and prints both side by side. No chrono code is copied; the sentences and expected dates
 * are taken from its tests, which carry this licence:
 *
 *   The MIT License
 *
 *   Copyright (c) 2014, Wanasit Tanakitrungruang
 *
 *   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 *   and associated documentation files (the "Software"), to deal in the Software without
 *   restriction, including without limitation the rights to use, copy, modify, merge, publish,
 *   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 *   Software is furnished to do so, subject to the following conditions:
 *
 *   The above copyright notice and this permission notice shall be included in all copies or
 *   substantial portions of the Software.
 *
 *   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 *   BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 *   NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 *   DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 *   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

export interface PeerCase {
  /** The chrono test file (under test/nl). */
  file: string;
  text: string;
  /** chrono's reference instant as a date. */
  ref: string;
  /** The date chrono's test expects (its start), or null when it expects no result. */
  start: string | null;
  /** The end chrono's test expects for a range. */
  end?: string;
  /** Why the product's conventions decide differently, when they do. */
  differs?: string;
}

const ROLL_FORWARD =
  'a year-less date takes its first occurrence whose end is not before the reference date; chrono takes the nearest one';
const SLASH_DAY =
  'a year-less d/m is a date only after a time word (op, per, vanaf, uiterlijk …) or a weekday; alone it reads as a fraction';

export const PEER_CASES: readonly PeerCase[] = [
  // nl_month_name_little_endian.test.ts
  { file: 'nl_month_name_little_endian', text: '10 augustus 2012', ref: '2012-08-10', start: '2012-08-10' },
  { file: 'nl_month_name_little_endian', text: 'Zon 15 Sept', ref: '2013-08-10', start: '2013-09-15' },
  { file: 'nl_month_name_little_endian', text: 'ZON 15 SEPT', ref: '2013-08-10', start: '2013-09-15' },
  { file: 'nl_month_name_little_endian', text: 'De deadline is 10 augustus', ref: '2012-08-10', start: '2012-08-10' },
  {
    file: 'nl_month_name_little_endian',
    text: 'De deadline is dinsdag, 10 januari',
    ref: '2012-08-10',
    start: '2013-01-10',
  },
  {
    file: 'nl_month_name_little_endian',
    text: 'De deadline is di, 10 januari',
    ref: '2012-08-10',
    start: '2013-01-10',
  },
  { file: 'nl_month_name_little_endian', text: '31ste maart 2016', ref: '2012-08-10', start: '2016-03-31' },
  { file: 'nl_month_name_little_endian', text: '23ste februari 2016', ref: '2012-08-10', start: '2016-02-23' },
  {
    file: 'nl_month_name_little_endian',
    text: '10 - 22 augustus 2012',
    ref: '2012-08-10',
    start: '2012-08-10',
    end: '2012-08-22',
  },
  {
    file: 'nl_month_name_little_endian',
    text: '10 tot 22 augustus 2012',
    ref: '2012-08-10',
    start: '2012-08-10',
    end: '2012-08-22',
  },
  {
    file: 'nl_month_name_little_endian',
    text: '10 augustus - 12 september',
    ref: '2012-08-10',
    start: '2012-08-10',
    end: '2012-09-12',
  },
  {
    file: 'nl_month_name_little_endian',
    text: '10 augustus - 12 september 2013',
    ref: '2012-08-10',
    start: '2013-08-10',
    end: '2013-09-12',
  },
  {
    file: 'nl_month_name_little_endian',
    text: 'vierentwintigste mei',
    ref: '2012-08-10',
    start: '2012-05-24',
    differs: ROLL_FORWARD,
  },
  {
    file: 'nl_month_name_little_endian',
    text: 'achtste tot elfde mei 2010',
    ref: '2012-08-10',
    start: '2010-05-08',
    end: '2010-05-11',
  },
  // nl_month.test.ts
  { file: 'nl_month', text: 'september 2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'sept 2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'sep 2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'sep. 2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'sep-2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'mrt 2012', ref: '2012-08-10', start: '2012-03-01' },
  { file: 'nl_month', text: 'In januari', ref: '2020-11-22', start: '2021-01-01' },
  { file: 'nl_month', text: 'in jan', ref: '2020-11-22', start: '2021-01-01' },
  { file: 'nl_month', text: 'mei', ref: '2020-11-22', start: '2021-05-01' },
  { file: 'nl_month', text: 'The date is sep 2012 is the date', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: 'By Angie ja november 2019', ref: '2012-08-10', start: '2019-11-01' },
  { file: 'nl_month', text: 'Op 23 MRT. 2022', ref: '2012-08-10', start: '2022-03-23' },
  { file: 'nl_month', text: '9/2012', ref: '2012-08-10', start: '2012-09-01' },
  { file: 'nl_month', text: '09/2012', ref: '2012-08-10', start: '2012-09-01' },
  // nl_relative.test.ts
  { file: 'nl_relative', text: 'deze week', ref: '2017-11-19', start: '2017-11-19' },
  { file: 'nl_relative', text: 'deze maand', ref: '2017-11-19', start: '2017-11-01' },
  { file: 'nl_relative', text: 'dit jaar', ref: '2017-11-19', start: '2017-01-01' },
  { file: 'nl_relative', text: 'afgelopen week', ref: '2016-10-01', start: '2016-09-24' },
  { file: 'nl_relative', text: 'afgelopen maand', ref: '2016-10-01', start: '2016-09-01' },
  { file: 'nl_relative', text: 'vorige week', ref: '2016-10-01', start: '2016-09-24' },
  { file: 'nl_relative', text: 'volgende week', ref: '2016-10-01', start: '2016-10-08' },
  { file: 'nl_relative', text: 'volgende maand', ref: '2016-10-01', start: '2016-11-01' },
  { file: 'nl_relative', text: 'aankomende maand', ref: '2016-10-01', start: '2016-11-01' },
  { file: 'nl_relative', text: 'volgend jaar', ref: '2020-11-22', start: '2021-11-22' },
  // nl_slash.test.ts
  { file: 'nl_slash', text: '    04/2016   ', ref: '2012-08-10', start: '2016-04-01' },
  { file: 'nl_slash', text: 'Het evenement gaat door (04/2016)', ref: '2012-08-10', start: '2016-04-01' },
  { file: 'nl_slash', text: 'Gepubliceerd: 06/2004', ref: '2012-08-10', start: '2004-06-01' },
  { file: 'nl_slash', text: '8/10/2012', ref: '2012-10-08', start: '2012-10-08' },
  { file: 'nl_slash', text: ': 8/1/2012', ref: '2012-01-08', start: '2012-01-08' },
  { file: 'nl_slash', text: '8/10', ref: '2012-10-08', start: '2012-10-08', differs: SLASH_DAY },
  { file: 'nl_slash', text: 'De deadline is 8/10/2012', ref: '2012-10-08', start: '2012-10-08' },
  { file: 'nl_slash', text: 'De deadline is dinsdag 11/3/2015', ref: '2015-11-03', start: '2015-03-11' },
  { file: 'nl_slash', text: '28/2/2014', ref: '2012-08-10', start: '2014-02-28' },
  { file: 'nl_slash', text: '8 oktober 2012', ref: '2012-10-08', start: '2012-10-08' },
  {
    file: 'nl_slash',
    text: '10/8/2012 - 15/8/2012',
    ref: '2012-08-10',
    start: '2012-08-10',
    end: '2012-08-15',
  },
  { file: 'nl_slash', text: '2015-05-25', ref: '2012-08-10', start: '2015-05-25' },
  {
    file: 'nl_slash',
    text: '2015/05/25',
    ref: '2012-08-10',
    start: '2015-05-25',
    differs: 'a year-first slash date is as often a case number (RIS 2024/123) as a date: not read',
  },
  { file: 'nl_slash', text: '25-05-2015', ref: '2012-08-10', start: '2015-05-25' },
  { file: 'nl_slash', text: '25/05/2015', ref: '2012-08-10', start: '2015-05-25' },
  { file: 'nl_slash', text: '8/32/2014', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '8/32', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '2/29/2014', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '2014/22/29', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '2014/13/22', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '80-32-89-89', ref: '2012-08-10', start: null },
  { file: 'nl_slash', text: '31/5', ref: '1999-06-01', start: '2000-05-31', differs: SLASH_DAY },
  // nl_time_units_ago.test.ts
  { file: 'nl_time_units_ago', text: '5 dagen geleden, hebben we wat gedaan', ref: '2012-08-10', start: '2012-08-05' },
  { file: 'nl_time_units_ago', text: '10 dagen geleden, hebben we wat gedaan', ref: '2012-08-10', start: '2012-07-31' },
  { file: 'nl_time_units_ago', text: '5 dagen geleden, hebben we iets gedaan', ref: '2012-08-10', start: '2012-08-05' },
  { file: 'nl_time_units_ago', text: 'Een dag geleden, hebben we wat gedaan', ref: '2012-08-10', start: '2012-08-09' },
  {
    file: 'nl_time_units_ago',
    text: '5 maanden geleden, hebben we iets gedaan',
    ref: '2012-10-10',
    start: '2012-05-10',
  },
  { file: 'nl_time_units_ago', text: '5 jaar geleden,  hebben we iets gedaan', ref: '2012-08-10', start: '2007-08-10' },
  {
    file: 'nl_time_units_ago',
    text: 'een week geleden, hebben we iets gedaan',
    ref: '2012-08-03',
    start: '2012-07-27',
  },
  { file: 'nl_time_units_ago', text: '5 dagen', ref: '2012-08-10', start: null },
  // nl_time_units_casual_relative.test.ts
  { file: 'nl_time_units_casual_relative', text: 'komende 2 weken', ref: '2016-10-01', start: '2016-10-15' },
  { file: 'nl_time_units_casual_relative', text: 'komende 2 dagen', ref: '2016-10-01', start: '2016-10-03' },
  { file: 'nl_time_units_casual_relative', text: 'komende 2 jaar', ref: '2016-10-01', start: '2018-10-01' },
  {
    file: 'nl_time_units_casual_relative',
    text: 'komende 2 weken 3 dagen',
    ref: '2016-10-01',
    start: '2016-10-18',
    differs:
      'a duration of two units (2 weken 3 dagen) is not a phrase shape of the conventions: only `komende 2 weken` is read',
  },
  { file: 'nl_time_units_casual_relative', text: 'afgelopen 2 weken', ref: '2016-10-01', start: '2016-09-17' },
  { file: 'nl_time_units_casual_relative', text: 'afgelopen twee weken', ref: '2016-10-01', start: '2016-09-17' },
  { file: 'nl_time_units_casual_relative', text: 'afgelopen 2 dagen', ref: '2016-10-01', start: '2016-09-29' },
  // nl_time_units_later.test.ts
  { file: 'nl_time_units_later', text: 'Over 5 dagen hebben we iets gedaan', ref: '2012-08-10', start: '2012-08-15' },
  { file: 'nl_time_units_later', text: 'Over een dag hebben we iets gedaan', ref: '2012-08-10', start: '2012-08-11' },
  // nl_time_units_within.test.ts
  {
    file: 'nl_time_units_within',
    text: 'we have to make something binnen 5 dagen.',
    ref: '2012-08-10',
    start: '2012-08-15',
  },
  {
    file: 'nl_time_units_within',
    text: 'we have to make something binnen vijf dagen.',
    ref: '2012-08-10',
    start: '2012-08-15',
  },
  { file: 'nl_time_units_within', text: 'Binnen een maand', ref: '2012-08-10', start: '2012-09-10' },
  { file: 'nl_time_units_within', text: 'Binnen een jaar', ref: '2012-08-10', start: '2013-08-10' },
  { file: 'nl_time_units_within', text: 'binnen een week', ref: '2016-10-01', start: '2016-10-08' },
  { file: 'nl_time_units_within', text: 'binnen een dag', ref: '2020-07-10', start: '2020-07-11' },
  // nl_weekday.test.ts
  { file: 'nl_weekday', text: 'zondag, 7 december 2014', ref: '2012-08-09', start: '2014-12-07' },
  { file: 'nl_weekday', text: 'zondag 7/12/2014', ref: '2012-08-09', start: '2014-12-07' },
];

/** Test calls in chrono's test/nl (testSingleCase, testUnexpectedResult, testWithExpectedDate), counted by hand. */
export const CHRONO_NL_CASES = 230;

/**
 * What the cases left out ask for: shapes the conventions do not cover, for which the engine
 * reports nothing by design (a phrase the rules do not cover is never guessed).
 */
export const PEER_OUT_OF_SCOPE: readonly string[] = [
  'times of day (11:00, om 19:00, middernacht, deze ochtend, vanavond, 6:00 in de namiddag)',
  'nu, vandaag, morgen, gisteren and their combinations (morgenochtend, gisterenavond)',
  'bare or relative weekdays (maandag, vorige vrijdag, volgende week dinsdag, deze vrijdag tot deze maandag)',
  'two-digit years (3 februari 82, aug 96, vrijdag 30-12-16) and eras (234 voor Christus)',
  'hours, minutes and seconds (binnen 5 minuten, 12 uur geleden, +15min, komend uur)',
  'volgende dag, afgelopen dag, paar dagen geleden, binnen de 10 dagen, 2 dagen later, 5 dagen vanaf nu, +2 maanden 5 dagen',
  'dotted dates (25.05.2015, 2015.05.25)',
];
