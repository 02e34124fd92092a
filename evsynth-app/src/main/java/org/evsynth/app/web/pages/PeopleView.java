package org.evsynth.app.web.pages;

import java.util.List;
import org.evsynth.review.people.AccessToken;
import org.evsynth.review.people.IssuedToken;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.Role;

/**
 * The people page, for the owner: the members and their roles, the tokens in force, the form to add a person, and
 * a token's secret the one time it is shown.
 *
 * @param chrome   the layout
 * @param members  the current members, by name
 * @param tokens   the tokens in force
 * @param roles    the roles to choose from
 * @param formName the name typed into the add form, kept after a refusal
 * @param formRole the role chosen in the add form
 * @param issued   a token just created, whose secret is shown once, or null
 * @param self     the id of the owner looking at the page
 */
public record PeopleView(Chrome chrome, List<Member> members, List<AccessToken> tokens, List<Role> roles,
        String formName, Role formRole, IssuedToken issued, long self) {
}
