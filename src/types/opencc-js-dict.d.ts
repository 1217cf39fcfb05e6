// opencc-js types its converters but not its dictionary modules: each is one string,
// "source target|source target|…".
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
