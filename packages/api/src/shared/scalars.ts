import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDay } from './time.js';

const DECIMAL = /^-?\d{1,18}(\.\d{1,6})?$/;

/** Exact decimal as a string ("1234567.89"): money and rates never travel as floats. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234567.89". Money is CNY.',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value.toFixed(2);
    throw new TypeError('Decimal cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new TypeError('Decimal must be a string like "1234.56"');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL.test(ast.value)) return ast.value;
    throw new TypeError('Decimal must be a string like "1234.56"');
  },
});

/** A calendar day (YYYY-MM-DD) in Asia/Shanghai. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day, YYYY-MM-DD, in Asia/Shanghai.',
  serialize(value) {
    if (typeof value === 'string' && isIsoDay(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('LocalDate cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDay(value)) return value;
    throw new TypeError('LocalDate must be YYYY-MM-DD');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDay(ast.value)) return ast.value;
    throw new TypeError('LocalDate must be YYYY-MM-DD');
  },
});
