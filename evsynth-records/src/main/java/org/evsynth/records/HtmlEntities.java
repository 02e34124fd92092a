package org.evsynth.records;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) as databases leave them in
 * titles and abstracts. Unknown names are kept as written, so "R&D;" survives.
 */
public final class HtmlEntities {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,8});");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("asymp", "≈"), Map.entry("micro", "µ"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("omega", "ω"),
            Map.entry("Delta", "Δ"), Map.entry("chi", "χ"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("frac12", "½"),
            Map.entry("aacute", "á"), Map.entry("eacute", "é"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"), Map.entry("agrave", "à"), Map.entry("egrave", "è"), Map.entry("auml", "ä"),
            Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"),
            Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"),
            Map.entry("oslash", "ø"), Map.entry("aring", "å"), Map.entry("Eacute", "É"), Map.entry("acirc", "â"),
            Map.entry("ecirc", "ê"), Map.entry("icirc", "î"), Map.entry("ocirc", "ô"), Map.entry("ucirc", "û"),
            Map.entry("euml", "ë"), Map.entry("iuml", "ï"), Map.entry("rarr", "→"), Map.entry("larr", "←"),
            Map.entry("uarr", "↑"), Map.entry("darr", "↓"), Map.entry("shy", ""), Map.entry("thinsp", " "),
            Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("minus", "−"), Map.entry("prime", "′"));

    private HtmlEntities() {
    }

    /** The text with every known character reference replaced; null stays null. */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name, whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
    }
}
