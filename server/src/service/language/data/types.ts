/**
 * The plain data a language profile is built from: lexicons, organ lines, punctuation, numbering and
 * citation conventions of one official language, as they appear in UN resolutions in that language.
 * No code here: the profile modules (`language/<id>.ts`) turn this into tokenisers, verb matchers and
 * citation readers. One file per language under `language/data/`.
 */
export type LanguageId = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

export interface OrganLines {
  /** Every form of the acting-organ line, exactly as it stands alone on its line, with its closing mark
   * (`The General Assembly,`, `L'Assemblée générale,`, `إن الجمعية العامة،`). */
  generalAssembly: string[];
  securityCouncil: string[];
  economicAndSocialCouncil: string[];
  humanRightsCouncil: string[];
}

export interface ParagraphEndings {
  /** Mark a preambular paragraph ends with (`,`; Arabic `،`). */
  preambular: string;
  /** Mark an operative paragraph ends with (`;`; Arabic `؛`). */
  operative: string;
  /** Mark the last operative paragraph ends with (`.`). */
  last: string;
  /** Mark a chapeau before sub-paragraphs ends with (`:`). */
  chapeau: string;
  /** Marks that take a space before them (French: `;` `:` `?` `!` after a no-break space), and the
   * spaces accepted there (U+00A0, U+202F). Absent where no space goes before a mark. */
  spaceBefore?: { marks: string; spaces: string };
}

export interface CitationConventions {
  /** The word for "resolution" in a citation, every form used (`résolution`, `résolutions`). */
  resolution: string[];
  /** The word for "decision", every form used. */
  decision: string[];
  /** Month names January … December (12 entries) as written in dates; for Arabic the UN's double
   * form (`أيلول/سبتمبر`). */
  months: string[];
  /**
   * Source of a regular expression (flags `u`) that matches one date as written in a citation, with
   * named groups `day`, `month` (one of `months`) and `year`: `25 septembre 2015`,
   * `25 de septiembre de 2015`, `25 сентября 2015 года`, `25 أيلول/سبتمبر 2015`.
   */
  datePattern: string;
  /**
   * Source of a regular expression (flags `u`) that matches a resolution citation with its date, with
   * named groups `symbol` (`70/1`, `2006/46`) and `date` (matched by `datePattern`):
   * `résolution 70/1 du 25 septembre 2015`, `resolución 70/1, de 25 de septiembre de 2015`,
   * `резолюция 70/1 от 25 сентября 2015 года`, `القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015`.
   */
  citationPattern: string;
  /**
   * Source of a regular expression (flags `uy`, tried right where a `citationPattern` match ends) that
   * matches the title given after a cited resolution, with named group `title` (the title as written,
   * without its quotes): `, intitulée « … »`, `, titulada “…”`, `, озаглавленную «…»`, ` المعنون ”…“`.
   * Absent where titles are not read.
   */
  titlePattern?: string;
  /**
   * Short words (articles, prepositions, conjunctions, lower case) that tell a title in this language from a
   * title in another language of the same script: a French draft may cite an English title. Absent for a
   * language alone in its script.
   */
  titleWords?: string[];
}

export interface LanguageData {
  id: LanguageId;
  /** The language's name in itself (`français`, `العربية`). */
  endonym: string;
  direction: 'ltr' | 'rtl';
  organs: OrganLines;
  /** Leading verbs and verb phrases of preambular paragraphs, as they open a paragraph (capitalised
   * as in the texts: `Rappelant`, `Profondément préoccupée`, `Напоминая`, `وإذ تشير`). */
  preambularVerbs: string[];
  /** Leading verbs of operative paragraphs (`Décide`, `Prie`, `Exhorte`, `Постановляет`, `تقرر`). */
  operativeVerbs: string[];
  /** Adverbs that stand before a verb (`Also`, `Further`; `Réaffirme en outre` puts it after). */
  adverbsBefore: string[];
  /** Adverbs that follow a verb (`également`, `en outre`, `además`, `также`, `كذلك`, `أيضا`). */
  adverbsAfter: string[];
  /** Leads that may open a paragraph before its verb (`À cet égard,`, `En este sentido,`). */
  leads: string[];
  endings: ParagraphEndings;
  /** Sub-paragraph letters in order, without brackets: `a`, `b`, … or `أ`, `ب`, `ج`, `د`, … */
  subparagraphLetters: string[];
  citation: CitationConventions;
  /**
   * Shortest span, in normalised characters (matching/normalize.ts), that the agreed-language engine
   * reports as partial reuse in a paragraph of this language when the setting
   * `thresholds.partialMinChars` is not set (a set value applies to every language). Stock phrases
   * (`the General Assembly`, `the 2030 Agenda for Sustainable Development`) fall below it; the figure
   * differs by language because a phrase takes about four times as many characters in English as in
   * Chinese. The measurement that chose each value is beside it.
   */
  partialReuseMinChars: number;
  header: {
    /** Regular-expression source (flags `u`) for the session line (`Soixante-dix-neuvième session`). */
    session: string;
    /** Regular-expression source (flags `u`) for the agenda-item line (`Point 13 de l'ordre du jour`). */
    agendaItem: string;
    /**
     * Regular-expression source (flags `u`) for the opening of an adopted text's adoption line
     * (`Résolution adoptée par l’Assemblée générale le 19 décembre 2024`); its date is read by the citation
     * date reader. Chinese and English lines are read by the parser itself.
     */
    adoption?: string;
    /**
     * Regular-expression source (flags `u`) for the Main Committee line of a draft (`Deuxième Commission`,
     * `Segunda Comisión`, `Второй комитет`, `اللجنة الثانية`), read as the header's committee field.
     * Chinese and English lines are read by the parser itself.
     */
    committee?: string;
    /**
     * Regular-expression source (flags `u`) for an adopted text's number-and-title line where it is not
     * `79/262. Title` (read by the parser itself): Arabic `79/262 - العنوان`. Named group `number`.
     */
    numberLine?: string;
  };
}
