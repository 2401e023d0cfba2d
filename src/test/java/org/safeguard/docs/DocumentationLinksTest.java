package org.safeguard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void every_link_of_the_readme_and_docs_resolves_inside_the_repository() throws IOException {
        MarkdownLinks links = new MarkdownLinks(ROOT);
        List<String> problems;
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            problems = Stream.concat(
                            Stream.of(ROOT.resolve("README.md")),
                            docs.filter(p -> p.toString().endsWith(".md")))
                    .flatMap(page -> links.problems(page).stream())
                    .toList();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_readme_is_short_enough_to_read_in_ten_minutes() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(250);
    }

    @Test
    void a_missing_file_a_missing_heading_and_a_link_out_of_the_repository_are_each_reported(@TempDir Path root)
            throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/target.md"), "# The target\n\n## Two words, and more\n");
        Path page = Files.writeString(
                root.resolve("docs/page.md"),
                String.join(
                        "\n",
                        "# Page",
                        "Fine: [target](target.md), [section](target.md#two-words-and-more), [here](#page), [up](../docs/),"
                                + " <http://localhost:8080/tasks>.",
                        "Missing: [gone](nowhere.md).",
                        "Bad anchor: [section](target.md#no-such-heading).",
                        "Outside: [site](https://example.org/x) and <https://example.org/y>.",
                        "Above the root: [escape](../../etc/passwd).",
                        "[ref]: http://example.org/ref",
                        "```",
                        "[in a code block](nowhere-either.md) is not a link",
                        "```",
                        "`[inline code](nor-this.md)` neither"));

        List<String> problems = new MarkdownLinks(root).problems(page);

        assertThat(problems)
                .containsExactly(
                        "docs/page.md:3: nowhere.md — no such file",
                        "docs/page.md:4: target.md#no-such-heading — no heading with this anchor in docs/target.md",
                        "docs/page.md:5: https://example.org/x — points outside the repository",
                        "docs/page.md:5: https://example.org/y — points outside the repository",
                        "docs/page.md:6: ../../etc/passwd — leaves the repository",
                        "docs/page.md:7: http://example.org/ref — points outside the repository");
    }

    @Test
    void anchors_are_made_from_headings_as_github_makes_them() {
        assertThat(MarkdownLinks.anchor("The case lifecycle (`processes/`)")).isEqualTo("the-case-lifecycle-processes");
        assertThat(MarkdownLinks.anchor("Need to know: who sees which case"))
                .isEqualTo("need-to-know-who-sees-which-case");
        assertThat(MarkdownLinks.anchor("0001 — The engine on MariaDB")).isEqualTo("0001--the-engine-on-mariadb");
    }
}
