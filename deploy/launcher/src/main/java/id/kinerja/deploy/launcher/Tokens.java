package id.kinerja.deploy.launcher;

import java.util.Set;

import id.kinerja.deploy.localstack.DevTokens;

/**
 * Prints a development bearer token: {@code ROLE [USER] [KABUPATEN] [KECAMATAN]}. Roles: planner,
 * bagian-organisasi, pimpinan (kabupaten-wide), operator, verifier (one kecamatan) and operator-sistem (operations of
 * the whole system: no kabupaten unless one is given).
 */
public final class Tokens {

  private Tokens() {
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: token.sh ROLE [USER] [KABUPATEN] [KECAMATAN]");
      System.exit(2);
    }
    String role = args[0];
    String user = args.length > 1 ? args[1] : role + ".demo";
    boolean operations = DevTokens.OPERATOR_SISTEM.equals(role);
    String kabupaten = args.length > 2 ? args[2] : operations ? null : DemoData.KABUPATEN;
    String kecamatan = args.length > 3 ? args[3] : null;
    System.out.println(DevTokens.token(user, Set.of(role), kabupaten, kecamatan));
  }
}
