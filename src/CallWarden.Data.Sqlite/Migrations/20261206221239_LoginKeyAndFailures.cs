using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LoginKeyAndFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_users_Login",
                table: "users");

            migrationBuilder.AddColumn<string>(
                name: "LoginKey",
                table: "users",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Existing logins get their key; two that differ only in case (created at the same moment
            // before the key existed) keep both, the later one keyed with its id until renamed.
            migrationBuilder.Sql("""
                UPDATE users SET "LoginKey" = upper(trim("Login")) || CASE
                    WHEN EXISTS (SELECT 1 FROM users o WHERE upper(trim(o."Login")) = upper(trim(users."Login")) AND o."Id" < users."Id")
                    THEN '#' || CAST(users."Id" AS TEXT) ELSE '' END
                """);

            migrationBuilder.CreateTable(
                name: "login_failures",
                columns: table => new
                {
                    LoginKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_login_failures", x => x.LoginKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_users_Login",
                table: "users",
                column: "Login");

            migrationBuilder.CreateIndex(
                name: "IX_users_LoginKey",
                table: "users",
                column: "LoginKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_login_failures_LastFailureAt",
                table: "login_failures",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "login_failures");

            migrationBuilder.DropIndex(
                name: "IX_users_Login",
                table: "users");

            migrationBuilder.DropIndex(
                name: "IX_users_LoginKey",
                table: "users");

            migrationBuilder.DropColumn(
                name: "LoginKey",
                table: "users");

            migrationBuilder.CreateIndex(
                name: "IX_users_Login",
                table: "users",
                column: "Login",
                unique: true);
        }
    }
}
