package org.evsynth.app.cli.web;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.evsynth.app.cli.CommandFailure;

/**
 * A new password for a member: asked twice on the console without echo, or read from the first line of a file
 * (for scripts: the file is better kept readable by its owner only). It is held as characters and cleared after
 * use; it never appears on the command line, where other users of the machine could see it.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static char[] read(Path passwordFile, String name) {
        return passwordFile != null ? fromFile(passwordFile) : fromConsole(name);
    }

    private static char[] fromConsole(String name) {
        Console console = System.console();
        if (console == null) {
            throw CommandFailure.badInput("no console to ask for " + name + "'s password on; give it with "
                    + "--password-file FILE");
        }
        char[] first = console.readPassword("Password for %s: ", name);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null) {
            throw CommandFailure.badInput("no password given");
        }
        try {
            if (!Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                throw CommandFailure.badInput("the two passwords differ");
            }
            return first;
        } finally {
            Arrays.fill(again, '\0');
        }
    }

    private static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CommandFailure.badInput(file + ": cannot read the password file (" + e.getMessage() + ")", e);
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            char[] password = new char[end];
            text.get(password, 0, end);
            Arrays.fill(text.array(), '\0');
            if (password.length == 0) {
                throw CommandFailure.badInput(file + ", line 1: the password file's first line is empty");
            }
            return password;
        } catch (CharacterCodingException e) {
            throw CommandFailure.badInput(file + ": the password file is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
