/**
 * Passwords that are tried first by anyone guessing (the top of the public leaked-password lists), plus
 * school words. Compared in lower case after removing spaces. Short on purpose: the directory's own policy
 * stays the authority; this only stops the most obvious ones before they reach it.
 */
export const COMMON_PASSWORDS = new Set(
  (
    "123456 123456789 12345678 password qwerty123 qwerty 1q2w3e4r 111111 12345 1234567 1234567890 " +
    "123123 000000 iloveyou abc123 password1 password123 qwertyuiop 654321 555555 666666 777777 888888 " +
    "987654321 123321 11111111 asdfghjkl zxcvbnm 1qaz2wsx qazwsx monkey dragon letmein football baseball " +
    "sunshine princess welcome welcome1 shadow superman batman spiderman pokemon minecraft fortnite roblox " +
    "starwars master hello123 freedom whatever trustno1 jordan23 michael charlie pepper ginger cookie " +
    "chocolate flower butterfly hannah jessica ashley daniel liverpool chelsea arsenal manchester " +
    "school school123 school2024 school2025 school2026 student student1 student123 teacher teacher1 " +
    "classroom homework changeme changeme1 passw0rd p@ssw0rd p@ssword admin admin123 login login123 " +
    "abcdefgh abcd1234 a1b2c3d4 aaaaaaaa 12341234 11223344 qwer1234 asdf1234 zaq12wsx iloveyou1 " +
    "unicorn rainbow computer internet secret secret123 mypassword newpassword"
  ).split(" "),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase().replace(/\s+/g, ""));
}
