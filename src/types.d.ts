declare module "word-list" {
  const path: string;
  export default path;
}
