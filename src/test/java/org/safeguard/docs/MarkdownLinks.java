package org.safeguard.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of the repository's Markdown pages, checked: each must name a file or folder inside the
 * repository, and an anchor must name a heading of its page (as GitHub makes anchors from headings),
 * so the documentation reads the same in every clone, offline. Links inside code are not links, and a
 * link to the application on {@code localhost} is one to the reader's own start of it.
 */
final class MarkdownLinks {

    private static final Pattern INLINE =
            Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]+)>");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
    private static final Pattern OUTSIDE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");
    /** The application a reader has just started: a link to it is a link to nothing outside. */
    private static final Pattern RUNNING_APPLICATION =
            Pattern.compile("^https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?(/.*)?$");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What is wrong with the links of {@code page}, one line per fault naming the line and the link; empty when nothing is. */
    List<String> problems(Path page) {
        List<String> problems = new ArrayList<>();
        List<String> lines = prose(page);
        for (int i = 0; i < lines.size(); i++) {
            for (String target : targets(lines.get(i))) {
                String problem = problem(page, target);
                if (problem != null) {
                    problems.add(root.relativize(page.toAbsolutePath().normalize()) + ":" + (i + 1) + ": " + target
                            + " — " + problem);
                }
            }
        }
        return problems;
    }

    private String problem(Path page, String target) {
        if (RUNNING_APPLICATION.matcher(target).matches()) {
            return null;
        }
        if (OUTSIDE.matcher(target).find()) {
            return "points outside the repository";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty()
                ? page.toAbsolutePath().normalize()
                : page.toAbsolutePath().getParent().resolve(decoded(path)).normalize();
        if (!file.startsWith(root)) {
            return "leaves the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (anchor != null
                && file.toString().endsWith(".md")
                && !anchorsOf(file).contains(anchor)) {
            return "no heading with this anchor in " + root.relativize(file);
        }
        return null;
    }

    private static List<String> targets(String line) {
        List<String> targets = new ArrayList<>();
        String text = INLINE_CODE.matcher(line).replaceAll("");
        Matcher inline = INLINE.matcher(text);
        while (inline.find()) {
            targets.add(inline.group(1));
        }
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            targets.add(reference.group(1));
        }
        Matcher auto = AUTOLINK.matcher(text);
        while (auto.find()) {
            targets.add(auto.group(1));
        }
        return targets;
    }

    /** The page's lines with fenced code blocks blanked, so line numbers stay right. */
    private static List<String> prose(Path page) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(page)) {
            boolean fence =
                    line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~");
            lines.add(fenced || fence ? "" : line);
            if (fence) {
                fenced = !fenced;
            }
        }
        return lines;
    }

    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, p -> {
            Set<String> found = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : prose(p)) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String anchor = anchor(heading.group(1));
                    int times = seen.merge(anchor, 1, Integer::sum);
                    found.add(times == 1 ? anchor : anchor + "-" + (times - 1));
                }
            }
            return found;
        });
    }

    /** GitHub's anchor of a heading: lower case, links and code marks dropped, punctuation but hyphens removed, spaces to hyphens. */
    static String anchor(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder anchor = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.appendCodePoint(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        });
        return anchor.toString();
    }

    private static String decoded(String path) {
        return path.replace("%20", " ");
    }

    private static List<String> read(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
