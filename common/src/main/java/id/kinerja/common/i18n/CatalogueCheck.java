package id.kinerja.common.i18n;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a module's message test asserts: every key of the module's enums has a text in Bahasa Indonesia and in
 * English, with the same arguments; no key is given by two modules; no text is left untranslated (the same words in
 * both languages, or common English words in an Indonesian text and the reverse). Returns one line per problem.
 */
public final class CatalogueCheck {

  private static final Pattern ARGUMENT = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");
  private static final Pattern ENGLISH_WORDS = Pattern.compile(
      "(?i)\\b(the|must|should|cannot|is|are|was|not|be|been|of|with|and|or|only|when|before|after|than|has|have)\\b");
  private static final Pattern INDONESIAN_WORDS = Pattern.compile(
      "(?i)\\b(harus|tidak|wajib|belum|sudah|atau|dan|yang|untuk|dengan|dari|pada|paling|sebelum|sesudah|bukan)\\b");

  private CatalogueCheck() {
  }

  @SafeVarargs
  public static List<String> problems(Class<? extends MessageKey>... enums) {
    List<String> out = new ArrayList<>();
    Map<String, String> id = Messages.catalogue("id");
    Map<String, String> en = Messages.catalogue("en");
    Set<String> declared = new TreeSet<>();
    for (Class<? extends MessageKey> type : enums) {
      for (MessageKey k : type.getEnumConstants()) {
        if (!declared.add(k.key())) {
          out.add(type.getSimpleName() + "." + k + ": key " + k.key() + " is declared twice");
        }
        String i = id.get(k.key());
        String e = en.get(k.key());
        if (i == null || i.isBlank()) {
          out.add(k.key() + ": no Bahasa Indonesia text");
        }
        if (e == null || e.isBlank()) {
          out.add(k.key() + ": no English text");
        }
        if (i == null || e == null) {
          continue;
        }
        if (!Messages.arguments(i).equals(Messages.arguments(e))) {
          out.add(k.key() + ": arguments differ, id " + Messages.arguments(i) + " en " + Messages.arguments(e));
        }
        String wordsId = ARGUMENT.matcher(i).replaceAll("");
        String wordsEn = ARGUMENT.matcher(e).replaceAll("");
        if (i.equals(e) && wordsId.chars().filter(Character::isLetter).count() > 0 && !sameInBothLanguages(wordsId)) {
          out.add(k.key() + ": the same text in both languages (untranslated): " + i);
        }
        if (ENGLISH_WORDS.matcher(wordsId).find()) {
          out.add(k.key() + ": English words in the Bahasa Indonesia text: " + i);
        }
        if (INDONESIAN_WORDS.matcher(wordsEn).find()) {
          out.add(k.key() + ": Indonesian words in the English text: " + e);
        }
      }
    }
    duplicates(out);
    return out;
  }

  /**
   * Texts that are names, not sentences ("Kecamatan {kode}", a column "Pagu (Rp)"): the same in both languages by
   * nature — the domain nouns the glossary keeps in Indonesian in English texts, and the words both languages share
   * (target, baseline, "No" of a numbered column, NIP).
   */
  private static boolean sameInBothLanguages(String words) {
    return words.trim().matches("(?i)(kecamatan|kabupaten|desa|IKU|PK|Renstra|TW|pagu|realisasi|Rp|NIP|target|baseline"
        + "|no|[\\s:;,.()/#\\-])*");
  }

  /** A key given by two files of one language (two modules), or given in one language's file and not the other's. */
  private static void duplicates(List<String> out) {
    for (String language : List.of("id", "en")) {
      Map<String, URL> seen = new HashMap<>();
      for (Map.Entry<URL, Properties> f : Messages.files(language).entrySet()) {
        for (String k : f.getValue().stringPropertyNames()) {
          URL other = seen.put(k, f.getKey());
          if (other != null) {
            out.add(k + ": given in " + other + " and in " + f.getKey());
          }
        }
      }
    }
    Set<String> id = new TreeSet<>(Messages.catalogue("id").keySet());
    Set<String> en = new TreeSet<>(Messages.catalogue("en").keySet());
    Set<String> onlyId = new TreeSet<>(id);
    onlyId.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(id);
    onlyId.forEach(k -> out.add(k + ": only in the Bahasa Indonesia catalogue"));
    onlyEn.forEach(k -> out.add(k + ": only in the English catalogue"));
  }
}
