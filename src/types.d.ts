declare module "stopwords-iso" {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}

declare module "word-list" {
  const path: string;
  export default path;
}
