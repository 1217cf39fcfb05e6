import { ConverterFactory } from "opencc-js/core";
import TSCharacters from "opencc-js/dict/TSCharacters";

/**
 * Traditional Chinese characters written as Simplified ones (熊貓 -> 熊猫), one character at a time, by
 * OpenCC's own table (TSCharacters, the character step of its t2s conversion). Not its phrase tables nor
 * the Taiwan and Hong Kong variant tables: those turn some Simplified text too (什么 into 什幺), and a
 * fold that changes an answer already folded would part the two spellings it is meant to join.
 *
 * Built once, when this module is first imported (a few tens of milliseconds, about 2 MB of heap); each
 * answer then costs microseconds. The table is part of answer normalisation version 4: package.json pins
 * opencc-js to one version, and a release that changes the table is a new normalisation version, not an
 * upgrade of the package.
 */
const convert = ConverterFactory([TSCharacters]);

const HAN = /\p{Script=Han}/u;

/** Text without Han characters is returned as it is; the table is applied twice, as one character (薴) maps
 * to one (苧) that it maps again (苎). */
export function traditionalToSimplified(text: string): string {
  return HAN.test(text) ? convert(convert(text)) : text;
}
