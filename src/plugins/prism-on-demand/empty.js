// Replaces the classic theme's prism-include-languages client module: no additional languages.
export {};
