package org.evsynth.app.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The pages' templates (src/main/jte), compiled to Java classes at build time by jte-maven-plugin: a template
 * that does not type-check fails the build, and every {@code ${...}} is escaped for where it stands (element
 * text, attribute, URL). Each template takes one parameter, the page's record.
 */
public final class Templates {

    /** The package the plugin generates the templates' classes into (its default). */
    private static final String PACKAGE = "gg.jte.generated.precompiled";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    /** Renders a template with its page record and answers with it as HTML. */
    public void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        ctx.html(out.toString());
    }
}
