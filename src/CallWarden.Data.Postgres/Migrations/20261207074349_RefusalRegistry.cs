using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RefusalRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "refusals",
                columns: table => new
                {
                    Subscriber = table.Column<long>(type: "bigint", nullable: false),
                    Categories = table.Column<byte>(type: "smallint", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refusals", x => x.Subscriber);
                });

            // TD / 退订 used to set a flag in the subscriber's rules; the refusal registry holds it now (all marketing = 63).
            migrationBuilder.Sql(
                """
                INSERT INTO refusals ("Subscriber", "Categories", "Channel", "ChangedBy", "RegisteredAt", "UpdatedAt", "Version")
                SELECT "Subscriber", 63, 'sms', NULL, "UpdatedAt", "UpdatedAt", 1 FROM subscriber_rules
                WHERE "Rules" LIKE '%"refusesMarketing":true%'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refusals");
        }
    }
}
