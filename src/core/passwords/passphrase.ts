import { randomInt } from "node:crypto";

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

/**
 * A readable new password like "Mango-Tiger-Cloud-47" (capitals, a symbol and digits, for AD's complexity
 * rule). Three different words: a repeated one reads like a typo that a child copying it may "fix".
 */
export function generatePassphrase(): string {
  const words: string[] = [];
  while (words.length < 3) {
    const word = WORDS[randomInt(WORDS.length)]!;
    if (!words.includes(word)) words.push(word);
  }
  return `${words.join("-")}-${randomInt(10, 100)}`;
}
