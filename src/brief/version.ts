/**
 * The engine version names the brief's behaviour: change it whenever any output may change
 * (code, lexicons, gazetteer), so stored briefs are re-made and golden files are regenerated on purpose.
 */
export const ENGINE_VERSION = "1.3.452";
