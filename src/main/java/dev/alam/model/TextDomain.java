package dev.alam.model;

/**
 * The kind of text to tag. A model trained with domain features ({@code alam train
 * --domain-features}) learnt what news and encyclopaedic text share and where each corpus's
 * conventions differ; tagging with the matching domain uses the second part too. For a model
 * trained without them the domain makes no difference.
 */
public enum TextDomain {
  /** News reports (ANERcorp): the default. */
  NEWS("news"),
  /** Encyclopaedic text (AQMAR's Arabic Wikipedia articles). */
  WIKIPEDIA("wiki");

  private final String key;

  TextDomain(String key) {
    this.key = key;
  }

  /** Returns the prefix of this domain's feature copies, e.g. {@code news}. */
  public String key() {
    return key;
  }
}
