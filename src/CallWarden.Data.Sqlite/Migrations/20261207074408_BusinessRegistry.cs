using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallWarden.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusinessRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BusinessId",
                table: "api_keys",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "businesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameTraditional = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NameEnglish = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactPhone = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedThrough = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 96, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Caller = table.Column<long>(type: "INTEGER", nullable: false),
                    Callee = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scrubs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Through = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NumbersIn = table.Column<long>(type: "INTEGER", nullable: false),
                    NumbersOut = table.Column<long>(type: "INTEGER", nullable: false),
                    BadRows = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scrubs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "business_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Categories = table.Column<byte>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_business_lines_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_business_lines_BusinessId",
                table: "business_lines",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_business_lines_Number",
                table: "business_lines",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Licence",
                table: "businesses",
                column: "Licence");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_State",
                table: "businesses",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_marketing_complaints_At",
                table: "marketing_complaints",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_marketing_complaints_BusinessId_At",
                table: "marketing_complaints",
                columns: new[] { "BusinessId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_scrubs_BusinessId_At",
                table: "scrubs",
                columns: new[] { "BusinessId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_lines");

            migrationBuilder.DropTable(
                name: "marketing_complaints");

            migrationBuilder.DropTable(
                name: "scrubs");

            migrationBuilder.DropTable(
                name: "businesses");

            migrationBuilder.DropColumn(
                name: "BusinessId",
                table: "api_keys");
        }
    }
}
