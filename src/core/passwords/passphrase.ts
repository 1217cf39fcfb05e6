import { randomInt } from "node:crypto";
import type { Person } from "../ports/directory.js";
import { checkPasswordRules } from "./password-policy.js";

/**
 * Short, concrete words a 7-year-old can read and spell. 256 words, three different ones and a two-digit
 * number: about 2^30 possibilities, plenty for a password that must be changed at the next login.
 */
const WORDS = (
  "Apple Apron Arrow Badge Baker Bamboo Banana Basket Beach Bean Bear Bell Berry Bike Bird Biscuit Blanket " +
  "Boat Bone Boot Bread Brick Bridge Brush Bubble Bucket Bunny Butter Button Cabin Cactus Cake Camel Camera " +
  "Candle Candy Canoe Carrot Castle Cat Cheese Cherry Chess Circle Clock Cloud Clover Coconut Comet Cookie " +
  "Coral Corn Crab Crayon Cricket Crown Cup Daisy Desk Dino Dolphin Donkey Door Dragon Drum Duck Eagle " +
  "Earth Egg Engine Feather Fern Fig Finch Fire Fish Flag Flute Forest Fox Frog Garden Gate Gecko Giraffe " +
  "Glove Goat Grape Grass Guitar Hammer Hat Hawk Hedge Helmet Hill Honey Hoop Horse Igloo Island Jacket Jam " +
  "Jelly Jet Juice Kayak Kettle Key Kite Kitten Koala Ladder Lake Lamp Leaf Lemon Lime Lion Lizard Llama " +
  "Lolly Magnet Mango Maple Marble Melon Mitten Monkey Moon Moose Mouse Muffin Nest Noodle Nut Oak Ocean " +
  "Olive Orange Otter Owl Paddle Panda Paper Parrot Pasta Peach Peanut Pear Pebble Pencil Penguin Pepper " +
  "Piano Pickle Pillow Pine Pirate Pizza Planet Plum Pocket Pony Popcorn Potato Puddle Pumpkin Puppy Quilt " +
  "Rabbit Radio Rain Rainbow Raven Robin Robot Rocket Rose Ruler Sail Salad Sand Scarf Seal Shark Sheep " +
  "Shell Ship Sky Sled Snail Snow Sock Sofa Spoon Squid Star Stone Sun Swan Table Taco Tent Tiger Toast " +
  "Tomato Tower Tractor Train Tree Truck Tulip Turtle Umbrella Valley Van Violin Wagon Walrus Water Whale " +
  "Wheel Window Wolf Wombat Yak Yoyo Zebra Acorn Anchor Bagel Beetle Cloudy Drummer Falcon Hippo Ivy " +
  "Jigsaw Lantern Meadow Muddy Orbit Paint Puffin Rocky Saddle Spark Sprout Teapot Thunder Torch Twig Velvet Waffle Zipper"
).split(" ");

/** What a made password must meet: the school's length (PASSWORD_MIN_LENGTH) and the most any password has. */
export interface PassphraseRules {
  minLength: number;
  maxLength: number;
}

/** The student it is made for: it must not hold her name or user ID, which a directory refuses. */
export type PassphraseFor = Pick<Person, "id" | "name">;

/**
 * Tries at a password without her name before the last one is taken as it is: only an ID of one or two
 * letters found in nearly every word could use them up, and the directory still has its say.
 */
const TRIES = 1_000;

/**
 * A readable new password like "Mango-Tiger-Cloud-47" (capitals, a symbol and digits, for AD's complexity
 * rule). Three different words: a repeated one reads like a typo that a child copying it may "fix". When
 * the school asks for a longer password (PASSWORD_MIN_LENGTH), more words come before the number, so the
 * password is never shorter than the bot itself asks of a child's own. Made for `student`, it never holds
 * her name or user ID, not even inside a word (Active Directory refuses "Kitten" for a child called Kit),
 * and passes every rule a password she typed must pass (how easy it is to guess is not scored each time: three
 * random words and a number always pass, see generated-passwords-strong.test.ts): the directory refusing a
 * password the bot made is no fault of hers.
 */
export function generatePassphrase(rules: PassphraseRules, student?: PassphraseFor): string {
  for (let tries = 1; ; tries++) {
    const password = passphraseOfLength(rules);
    if (student === undefined || tries === TRIES) return password;
    if (!holdsNamePart(password, student) && checkPasswordRules(password, student, rules) === null)
      return password;
  }
}

function passphraseOfLength(rules: PassphraseRules): string {
  const words: string[] = [];
  const wordsLength = () => words.join("-").length;
  // Three words, then one more while the words and a two-digit number fall short of the minimum (and
  // another word still leaves room for the number under the maximum).
  while (words.length < 3 || (wordsLength() + 3 < rules.minLength && wordsLength() + 12 <= rules.maxLength)) {
    const word = WORDS[randomInt(WORDS.length)]!;
    if (!words.includes(word)) words.push(word);
  }
  // Only when no word fits under the maximum: the number gets the digits still missing.
  const digits = Math.max(2, rules.minLength - wordsLength() - 1);
  let number = String(randomInt(1, 10));
  while (number.length < digits) number += String(randomInt(10));
  return `${words.join("-")}-${number}`;
}

/**
 * Whether the password holds the student's user ID or a part of her name of three letters or more, in any
 * case, even inside a word: Active Directory's complexity rule refuses a password so, and a made one needs
 * none of them.
 */
function holdsNamePart(password: string, student: PassphraseFor): boolean {
  const lower = password.toLowerCase();
  const parts = [student.id, ...student.name.split(/[\s,.\-_#()（）]+/u)]
    .map((part) => part.toLowerCase())
    .filter((part) => part.length >= 3);
  return parts.some((part) => lower.includes(part));
}
