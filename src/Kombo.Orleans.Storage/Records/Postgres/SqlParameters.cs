using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>Positional parameters for SQL built clause by clause: every caller value travels as a parameter.</summary>
internal sealed class SqlParameters
{
    private readonly List<NpgsqlParameter> _parameters = [];

    /// <summary>Adds a value and answers its placeholder (<c>$n</c>).</summary>
    public string Add(object value, NpgsqlDbType type)
    {
        _parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
        return "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void CopyTo(NpgsqlCommand command)
    {
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter);
        }
    }
}
