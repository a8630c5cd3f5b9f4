package dev.alam.ner;

/** The relations Alam reports between mentions. */
public enum RelationType {
  /** {@code holds(PERSON, OFFICE)}: the person holds the office next to the name. */
  HOLDS("holds"),
  /** {@code of(OFFICE, ORGANIZATION|COUNTRY)}: the office belongs to the body nested in it. */
  OF("of");

  private final String label;

  RelationType(String label) {
    this.label = label;
  }

  /** Returns the lower-case name used in JSON output, e.g. {@code "holds"}. */
  public String label() {
    return label;
  }
}
