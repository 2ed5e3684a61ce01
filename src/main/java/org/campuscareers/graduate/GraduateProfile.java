package org.campuscareers.graduate;

import java.time.Year;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;
import org.campuscareers.common.Degree;
import org.campuscareers.common.Names;

/**
 * A graduate's profile as the graduate edits it, checked field by field; college and major are
 * stored normalised ({@link Names}), since statistics and weekly reports group by them.
 */
public record GraduateProfile(
        String name,
        String email,
        String phone,
        String studentNumber,
        String college,
        String major,
        Degree degree,
        Integer graduationYear) {

    public static GraduateProfile checked(
            String name,
            String email,
            String phone,
            String studentNumber,
            String college,
            String major,
            Degree degree,
            Integer graduationYear) {
        String checkedEmail = Check.optionalText("email", email, 200);
        if (checkedEmail != null && !checkedEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.badInput("email", "email is not an email address");
        }
        String checkedPhone = Check.optionalText("phone", phone, 30);
        if (checkedPhone != null && !checkedPhone.matches("\\+?[0-9 ()-]{5,30}")) {
            throw ApiException.badInput(
                    "phone", "phone may hold only digits, spaces, brackets, dashes and a leading +");
        }
        int thisYear = Year.now().getValue();
        return new GraduateProfile(
                Check.text("name", name, 1, 100),
                checkedEmail,
                checkedPhone,
                Check.optionalText("studentNumber", studentNumber, 30),
                Names.normalize(Check.optionalText("college", college, 100)),
                Names.normalize(Check.optionalText("major", major, 100)),
                degree,
                Check.range("graduationYear", graduationYear, 1950, thisYear + 10));
    }
}
