'use strict';
// @angular/common's locale data: registerLocaleData() keeps a locale's data (@angular/common/locales/xx, Angular's
// array format), and getLocaleDayNames(), getLocaleMonthNames(), getLocaleFirstDayOfWeek() … read it as Angular's
// do (a width or form a locale leaves undefined falls back to the one before); en-US is built in, as in Angular.
var pipes = require('../../pipes.js');

var FormStyle = { Format: 0, Standalone: 1 };
var TranslationWidth = { Narrow: 0, Abbreviated: 1, Wide: 2, Short: 3 };
var FormatWidth = { Short: 0, Medium: 1, Long: 2, Full: 3 };
var WeekDay = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };
var NumberSymbol = { Decimal: 0, Group: 1, List: 2, PercentSign: 3, PlusSign: 4, MinusSign: 5, Exponential: 6,
  SuperscriptingExponent: 7, PerMille: 8, Infinity: 9, NaN: 10, TimeSeparator: 11 };
var NumberFormatStyle = { Decimal: 0, Percent: 1, Currency: 2, Scientific: 3 };
var Plural = { Zero: 0, One: 1, Two: 2, Few: 3, Many: 4, Other: 5 };
// the indexes of a locale's data (Angular's LocaleDataIndex)
var I = { DayPeriodsFormat: 1, DayPeriodsStandalone: 2, DaysFormat: 3, DaysStandalone: 4, MonthsFormat: 5,
  MonthsStandalone: 6, Eras: 7, FirstDayOfWeek: 8, WeekendRange: 9, DateFormat: 10, TimeFormat: 11,
  DateTimeFormat: 12, NumberSymbols: 13, NumberFormats: 14, CurrencyCode: 15, CurrencySymbol: 16, CurrencyName: 17,
  Directionality: 19, PluralCase: 20 };

function initials(names) { return names.map(function (n) { return n.charAt(0); }); }
function cut(names, n) { return names.map(function (name) { return name.slice(0, n); }); }
var u;
var days = pipes.days, months = pipes.months;
function formats(kind) {   // en-US's short … full date or time formats: the date pipe's
  return ['short', 'medium', 'long', 'full'].map(function (width) { return pipes.formats[width + kind]; });
}
var EN = ['en', [['a', 'p'], ['AM', 'PM'], u], [['AM', 'PM'], u, u],
  [initials(days), cut(days, 3), days, cut(days, 2)], u, [initials(months), cut(months, 3), months], u,
  [['B', 'A'], ['BC', 'AD'], ['Before Christ', 'Anno Domini']], 0, [6, 0],
  formats('Date'), formats('Time'),
  ['{1}, {0}', u, '{1} \'at\' {0}', u], ['.', ',', ';', '%', '+', '-', 'E', '×', '‰', '∞', 'NaN', ':'],
  ['#,##0.###', '#,##0%', '¤#,##0.00', '#E0'], 'USD', '$', 'US Dollar', {}, 'ltr',
  function (n) { return n === 1 ? Plural.One : Plural.Other; }];
var LOCALES = { en: EN, 'en-us': EN };

function registerLocaleData(data, localeId, extraData) {
  if (typeof localeId !== 'string') localeId = data[0];
  LOCALES[localeId.toLowerCase().replace(/_/g, '-')] = data;
  if (extraData) data[21] = extraData;
}
// the locale's data, else its language's (de-AT → de), else en-US's, as Angular's findLocaleData falls back
function find(locale) {
  var id = String(locale || 'en').toLowerCase().replace(/_/g, '-');
  return LOCALES[id] || LOCALES[id.split('-')[0]] || EN;
}
function lastDefined(list, index) {
  for (var i = index; i > -1; i--) if (list[i] !== undefined) return list[i];
  throw new Error('Locale data API: locale data undefined');
}
function named(format, standalone) {
  return function (locale, form, width) {
    var data = find(locale);
    return lastDefined(lastDefined([data[format], data[standalone]], form), width);
  };
}
function entry(index) {
  return function (locale, width) {
    var value = find(locale)[index];
    return width === undefined ? value : lastDefined(value, width);
  };
}

module.exports = {
  registerLocaleData: registerLocaleData, FormStyle: FormStyle, TranslationWidth: TranslationWidth,
  FormatWidth: FormatWidth, WeekDay: WeekDay, NumberSymbol: NumberSymbol, NumberFormatStyle: NumberFormatStyle,
  Plural: Plural,
  getLocaleId: function (locale) { return find(locale)[0]; },
  getLocaleDayPeriods: named(I.DayPeriodsFormat, I.DayPeriodsStandalone),
  getLocaleDayNames: named(I.DaysFormat, I.DaysStandalone),
  getLocaleMonthNames: named(I.MonthsFormat, I.MonthsStandalone),
  getLocaleEraNames: entry(I.Eras),
  getLocaleFirstDayOfWeek: entry(I.FirstDayOfWeek),
  getLocaleWeekEndRange: entry(I.WeekendRange),
  getLocaleDateFormat: entry(I.DateFormat),
  getLocaleTimeFormat: entry(I.TimeFormat),
  getLocaleDateTimeFormat: entry(I.DateTimeFormat),
  getLocaleNumberSymbol: function (locale, symbol) {
    var symbols = find(locale)[I.NumberSymbols];
    return symbols[symbol] === undefined ? EN[I.NumberSymbols][symbol] : symbols[symbol];
  },
  getLocaleNumberFormat: function (locale, type) { return find(locale)[I.NumberFormats][type]; },
  getLocaleCurrencyCode: entry(I.CurrencyCode),
  getLocaleCurrencySymbol: entry(I.CurrencySymbol),
  getLocaleCurrencyName: entry(I.CurrencyName),
  getLocaleDirection: entry(I.Directionality),
  getLocalePluralCase: function (locale) { return find(locale)[I.PluralCase]; }
};
