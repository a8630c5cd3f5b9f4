package dev.alam.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * A name of a well-known organisation.
 *
 * @param name the name as written, e.g. {@code الناتو}
 * @param canonical the organisation's main name, shared by all its variants, e.g. {@code حلف
 *     شمال الأطلسي}
 * @param kind what sort of organisation it is
 * @param country the ISO 3166-1 alpha-2 code of the country it belongs to or is based in, where
 *     that is part of what it is (a national party, agency or group); empty for international
 *     bodies
 */
public record Organization(String name, String canonical, Kind kind, Optional<String> country) {
  /** What sort of organisation an {@link Organization} is; the TSV spells it in kebab case. */
  public enum Kind {
    /** The UN, its organs and agencies, and other intergovernmental organisations. */
    INTERGOVERNMENTAL,
    /** Alliances, blocs and groupings of states ({@code الناتو}, {@code بريكس}). */
    ALLIANCE,
    /** International courts and tribunals. */
    COURT,
    /** Named state bodies known by a proper name ({@code الكونغرس}, {@code الكنيست}). */
    GOVERNMENT,
    /** Intelligence, security and other state agencies ({@code الموساد}, {@code ناسا}). */
    AGENCY,
    /** State military and paramilitary forces known by a name ({@code الحرس الثوري}). */
    MILITARY,
    /** Armed groups and militant movements. */
    ARMED_GROUP,
    /** Political parties and political movements. */
    PARTY,
    /** News agencies and broadcasters. */
    NEWS_AGENCY,
    /** Non-governmental organisations. */
    NGO,
    /** Companies. */
    COMPANY
  }

  /**
   * Validates the organisation.
   *
   * @throws NullPointerException if any reference is null
   * @throws IllegalArgumentException if a text is blank or {@code country} holds a code that is
   *     not an accepted alpha-2 code
   */
  public Organization {
    Lexicon.requireText(name, "name");
    Lexicon.requireText(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country").ifPresent(Lexicon::requireCode);
  }
}
